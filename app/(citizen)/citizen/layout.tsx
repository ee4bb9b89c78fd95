import { AreaMessages } from "@/components/i18n/area-messages";
import { requireRole } from "@/lib/auth/guards";

export default async function CitizenLayout({ children }: { children: React.ReactNode }) {
  await requireRole("CITIZEN");
  return <AreaMessages area="citizen">{children}</AreaMessages>;
}
