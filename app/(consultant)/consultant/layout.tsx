import { requireRole } from "@/lib/auth/guards";

export default async function ConsultantLayout({ children }: { children: React.ReactNode }) {
  await requireRole("CONSULTANT");
  return children;
}
