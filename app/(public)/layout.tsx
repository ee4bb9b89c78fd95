import { AreaMessages } from "@/components/i18n/area-messages";

// The public pages need no guard; this layout only gives their client components their messages.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="public">{children}</AreaMessages>;
}
