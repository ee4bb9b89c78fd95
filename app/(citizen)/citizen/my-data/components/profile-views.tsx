import { getLocale, getTranslations } from "next-intl/server";
import type { ProfileView } from "@/lib/db/my-data";
import { formatDateTime } from "@/lib/i18n/format";

// Audit actions in plain words; anything new falls back to a general text.
const actionKeys: Record<string, "view" | "list" | "card" | "cardList" | "queue" | "identity" | "matchList" | "matchView" | "unlocked" | "caseNotes" | "handover"> = {
  "citizen.view": "view",
  "citizen.list": "list",
  "candidate.view": "card",
  "candidate.list": "cardList",
  "match.queue": "queue",
  "citizen.identity": "identity",
  "match.list": "matchList",
  "match.view": "matchView",
  "citizen.sign-in.unlocked": "unlocked",
  "citizen.case-notes": "caseNotes",
  "citizen.handover": "handover",
};

/** The audit log of the citizen's profile as a simple list that stacks on a phone. */
export async function ProfileViews({ views }: { views: ProfileView[] }) {
  const [t, locale] = await Promise.all([getTranslations("myData.views"), getLocale()]);
  if (views.length === 0) return <p>{t("empty")}</p>;
  return (
    <ul aria-label={t("listLabel")} className="flex flex-col divide-y divide-gray-200 border-y border-gray-200">
      {views.map((view) => {
        const who = view.viewer
          ? view.viewerRole
            ? t("viewer", { name: view.viewer, role: t(`roles.${view.viewerRole}`) })
            : view.viewer
          : t("unknown");
        return (
          <li key={view.id} className="flex flex-col gap-1 py-3">
            <time dateTime={view.at.toISOString()} className="text-sm text-gray-700">
              {formatDateTime(view.at, locale)}
            </time>
            <p className="break-words">{t("item", { who, what: t(`actions.${actionKeys[view.action] ?? "other"}`) })}</p>
          </li>
        );
      })}
    </ul>
  );
}
