import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatMonth, formatNumber } from "@/lib/results/format";
import type { Results } from "@/lib/results";

/**
 * The headline figure Refleks is known for: of the citizens the municipality invited in the
 * page's period, the share who made a profile. Counted by the job into the snapshot (ADR 011).
 */
export async function InvitationSection({ results, locale }: { results: Results; locale: string }) {
  const t = await getTranslations("results");
  const uptake = results.invitations;
  const since = uptake ? formatMonth(uptake.since, locale) : "";
  return (
    <Card aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className="mb-2 text-xl font-semibold">
        {t("invitations.heading")}
      </h2>
      {uptake === null ? (
        <p>{t("invitations.notYet")}</p>
      ) : uptake.percent === null ? (
        <p>{t("invitations.noneInvited", { since })}</p>
      ) : (
        <p className="flex flex-col">
          <span className="text-4xl font-bold">{t("percent", { value: formatNumber(uptake.percent, locale) })}</span>
          <span className="text-gray-700">{t("invitations.basis", { withProfile: uptake.withProfile, invited: uptake.invited, since })}</span>
        </p>
      )}
      <p className="mt-3 text-sm text-gray-700">{t("invitations.note")}</p>
    </Card>
  );
}
