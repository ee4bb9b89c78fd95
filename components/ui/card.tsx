import { cn } from "@/lib/ui/cn";

export function Card({ className, ...props }: React.ComponentProps<"section">) {
  return <section className={cn("rounded-lg border border-gray-200 bg-white p-5 shadow-sm", className)} {...props} />;
}
