import { AreaMessages } from "@/components/i18n/area-messages";
import { requireRole } from "@/lib/auth/guards";

export default async function EmployerLayout({ children }: { children: React.ReactNode }) {
  await requireRole("EMPLOYER");
  return <AreaMessages area="employer">{children}</AreaMessages>;
}
