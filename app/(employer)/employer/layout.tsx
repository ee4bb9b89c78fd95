import { requireRole } from "@/lib/auth/guards";

export default async function EmployerLayout({ children }: { children: React.ReactNode }) {
  await requireRole("EMPLOYER");
  return children;
}
