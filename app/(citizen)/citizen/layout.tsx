import { requireRole } from "@/lib/auth/guards";

export default async function CitizenLayout({ children }: { children: React.ReactNode }) {
  await requireRole("CITIZEN");
  return children;
}
