import { AreaMessages } from "@/components/i18n/area-messages";
import { requireRole } from "@/lib/auth/guards";

export default async function ConsultantLayout({ children }: { children: React.ReactNode }) {
  await requireRole("CONSULTANT");
  return <AreaMessages area="consultant">{children}</AreaMessages>;
}
