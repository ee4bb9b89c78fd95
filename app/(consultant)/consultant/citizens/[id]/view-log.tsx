import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CitizenFile } from "@/lib/db/caseload";
import { dateFormat } from "@/lib/i18n/intl-cache";

// Audit actions in plain words; unknown ones fall back to "other".
const ACTION_KEYS: Record<string, string> = {
  "citizen.view": "view",
  "citizen.list": "list",
  "candidate.view": "card",
  "candidate.list": "cardList",
  "match.queue": "queue",
  "citizen.identity": "identity",
  "citizen.profile.deleted": "deleted",
  "citizen.sign-in.unlocked": "unlocked",
  "citizen.case-notes": "caseNotes",
  "citizen.handover": "handover",
  "match.list": "matchList",
  "match.view": "matchView",
};

const dateTime = (date: Date, locale: string) =>
  dateFormat(locale === "da" ? "da-DK" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Copenhagen" }).format(date);

/** "Who has seen the profile": the audit trail of the profile, as the citizen also sees it. */
export async function ViewLog({ views, locale }: { views: CitizenFile["views"]; locale: string }) {
  const t = await getTranslations("caseload.detail");
  return (
    <Card aria-labelledby="citizen-views">
      <h2 id="citizen-views" className="mb-1 text-xl font-bold">
        {t("viewsTitle")}
      </h2>
      <p className="mb-3">{t("viewsIntro")}</p>
      {views.length === 0 ? (
        <p>{t("noViews")}</p>
      ) : (
        <div role="region" aria-label={t("viewsCaption")} tabIndex={0} className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{t("viewsCaption")}</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-2 pr-4">{t("viewTime")}</th>
                <th scope="col" className="py-2 pr-4">{t("viewWho")}</th>
                <th scope="col" className="py-2">{t("viewWhat")}</th>
              </tr>
            </thead>
            <tbody>
              {views.map((view) => (
                <tr key={view.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-4">{dateTime(view.createdAt, locale)}</td>
                  <td className="py-2 pr-4 break-words">
                    {!view.actor ? t("unknownActor") : view.actorRole ? t("viewer", { name: view.actor.name, role: t(`roles.${view.actorRole}`) }) : view.actor.name}
                  </td>
                  <td className="py-2">{t(`actions.${ACTION_KEYS[view.action] ?? "other"}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
