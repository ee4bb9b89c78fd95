import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Role } from "@/lib/db/types";
import { formatDateTime } from "@/lib/i18n/format";

type Signup = { id: string; name: string; email: string; signedUpAt: Date; role: Role; companyName: string | null };

/** Who signed up, first come first: citizens and companies, each with what they are. A list rather than a table, so it stacks on a phone. */
export async function EventSignups({ signups, capacity }: { signups: Signup[]; capacity: number }) {
  const [t, locale] = await Promise.all([getTranslations("consultantContent"), getLocale()]);
  return (
    <Card aria-labelledby="event-signups-title" className="flex flex-col gap-3">
      <h2 id="event-signups-title" className="text-xl font-bold">
        {t("events.signups.title")}
      </h2>
      <p>
        {t("events.signups.count", { count: signups.length })} {t("events.seats", { taken: signups.length, capacity })}
      </p>
      {signups.length === 0 ? null : (
        <ol className="flex flex-col gap-2">
          {signups.map((s) => (
            <li key={s.id} className="rounded-md border border-gray-200 p-3">
              <p className="font-semibold break-words">{s.name}</p>
              <p className="break-words">{s.role === "EMPLOYER" ? (s.companyName ? t("events.signups.company", { name: s.companyName }) : t("events.signups.companyUnknown")) : t("events.signups.citizen")}</p>
              <p className="break-all">
                <a href={`mailto:${s.email}`} className="inline-flex min-h-11 items-center">
                  {s.email}
                </a>
              </p>
              <p className="text-sm text-gray-700">{t("events.signups.signedUpAt", { time: formatDateTime(s.signedUpAt, locale) })}</p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
