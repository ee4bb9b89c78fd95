import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DialogMessageView, DialogView } from "@/lib/db/dialog";
import { formatDateTime } from "@/lib/i18n/format";
import { cn } from "@/lib/ui/cn";
import { NewMark } from "./new-mark";
import { RefreshAfterRead } from "./refresh-after-read";

type Reader = "CITIZEN" | "CONSULTANT";

/**
 * The thread, oldest at the top and newest at the bottom, just above the reply form. Messages
 * are plain text (whitespace kept, long words broken), so it reads on a 360 px phone. Older
 * messages come by cursor, a page at a time.
 */
export async function DialogThread({ view, reader, basePath, locale }: { view: DialogView; reader: Reader; basePath: string; locale: string }) {
  const t = await getTranslations("dialog");
  const link = "inline-flex min-h-11 items-center font-semibold";
  return (
    <section aria-labelledby="dialog-thread-title" className="flex flex-col gap-3">
      {view.markedRead ? <RefreshAfterRead /> : null}
      <h2 id="dialog-thread-title" className="text-xl font-bold">
        {t("threadTitle")}
      </h2>
      <p className="flex flex-wrap gap-x-4">
        {view.olderCursor ? (
          <Link href={`${basePath}?before=${encodeURIComponent(view.olderCursor)}`} className={link}>
            {t("older")}
          </Link>
        ) : null}
        {view.isNewestPage ? (
          <a href="#dialog-reply" className={link}>
            {t("toReply")}
          </a>
        ) : (
          <Link href={basePath} className={link}>
            {t("newest")}
          </Link>
        )}
      </p>
      {view.messages.length === 0 ? (
        <p>{reader === "CITIZEN" ? t("emptyCitizen") : t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {view.messages.map((m) => (
            <DialogMessage key={m.id} message={m} reader={reader} citizenName={view.citizenName} locale={locale} />
          ))}
        </ol>
      )}
    </section>
  );
}

async function DialogMessage({ message: m, reader, citizenName, locale }: { message: DialogMessageView; reader: Reader; citizenName: string; locale: string }) {
  const t = await getTranslations("dialog");
  const ownSide = m.fromCitizen === (reader === "CITIZEN");
  return (
    <li className={cn("flex flex-col gap-1 rounded-lg border p-4", ownSide ? "ml-4 border-gray-200 bg-white sm:ml-16" : "mr-4 border-brand-700 bg-brand-50 sm:mr-16", m.isNew && "border-2")}>
      <p className="font-semibold">
        <NewMark isNew={m.isNew} label={t("new")} />
        {authorLabel(m, reader, citizenName, t)}
      </p>
      <p className="text-sm text-gray-700">
        <time dateTime={m.createdAt.toISOString()}>{t("sentAt", { date: formatDateTime(m.createdAt, locale) })}</time>
      </p>
      <p className="whitespace-pre-wrap break-words">{m.body}</p>
      {m.about ? (
        <p className="text-sm">
          {t("about", { title: m.about.title, employer: m.about.employerName })}
          {reader === "CITIZEN" ? (
            <>
              {" "}
              <Link href={`/citizen/jobs/${encodeURIComponent(m.about.openingId)}`} className="inline-flex min-h-11 items-center font-semibold">
                {t("seeJob")}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"dialog">>>;

/** Who wrote it, from the reader's side: "Dig", "Sofie Kjær, jobcentret", the citizen's name. */
function authorLabel(m: DialogMessageView, reader: Reader, citizenName: string, t: T): string {
  if (m.fromCitizen) return reader === "CITIZEN" ? t("you") : citizenName || t("citizen");
  if (!m.authorName) return t("jobcentre");
  if (reader === "CITIZEN") return t("fromJobcentre", { name: m.authorName });
  return m.mine ? t("youConsultant", { name: m.authorName }) : m.authorName;
}
