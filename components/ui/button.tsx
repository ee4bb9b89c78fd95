import { Slot } from "@radix-ui/react-slot";
import { cn } from "@/lib/ui/cn";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 no-underline",
  secondary: "border border-gray-500 bg-white text-gray-900 hover:bg-gray-100 no-underline",
  danger: "bg-red-800 text-white hover:bg-red-900 no-underline",
} as const;

type ButtonProps = React.ComponentProps<"button"> & { variant?: keyof typeof variants; asChild?: boolean };

/** A button (or, with asChild, a link styled as one) with a 44 px touch target. */
export function Button({ variant = "primary", asChild, className, ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return (
    <Component
      className={cn(
        "inline-flex min-h-11 items-center justify-center rounded-md px-5 font-semibold disabled:opacity-60",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
