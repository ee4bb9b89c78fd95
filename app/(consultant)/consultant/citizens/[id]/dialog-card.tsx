import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CitizenFile } from "@/lib/db/caseload";

/** The citizen's dialog with the job centre, on her file: how much is unread, and the way in. */
export async function DialogCard({ citizen }: { citizen: CitizenFile }) {
  const t = await getTranslations("dialog");
  const unread = citizen.dialogThread?.jobcentreUnread ?? 0;
  return (
    <Card aria-labelledby="dialog-card-title" className={unread > 0 ? "border-2 border-brand-700" : undefined}>
      <h2 id="dialog-card-title" className="mb-2 text-xl font-bold">
        {t("fileTitle")}
      </h2>
      <p className={unread > 0 ? "font-semibold" : undefined}>{t("fileUnread", { count: unread })}</p>
      <Link href={`/consultant/citizens/${encodeURIComponent(citizen.id)}/dialog`} className="inline-flex min-h-11 items-center font-semibold">
        {t("fileLink")}
      </Link>
    </Card>
  );
}
