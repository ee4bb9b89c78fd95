"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions/result";
import { CopyableLink } from "@/components/ui/copyable-link";
import type { CsvReportData, InviteLinkData } from "./result-types";

/** Inside a single invitation's ActionForm: the link to pass on when it was not e-mailed. */
export function InviteLinkResult() {
  const t = useTranslations("consultantInvitations.link");
  const { state } = useActionForm();
  const result = state as ActionResult<InviteLinkData>;
  const link = result.ok ? result.data?.link : undefined;
  if (!link) return null;
  return (
    <div className="flex flex-col gap-2 rounded-md border-2 border-gray-500 bg-gray-50 p-3">
      <p>{t("noMailExplanation")}</p>
      <CopyableLink link={link} label={t("label")} copyText={t("copy")} copiedText={t("copied")} />
    </div>
  );
}

/** Inside the list's ActionForm: which lines were skipped and why, and links to pass on. */
export function CsvReport() {
  const t = useTranslations("consultantInvitations.csv");
  const tl = useTranslations("consultantInvitations.link");
  const { state } = useActionForm();
  const result = state as ActionResult<CsvReportData>;
  const data = result.ok ? result.data : undefined;
  if (!data) return null;
  return (
    <div className="flex flex-col gap-4">
      {data.skipped.length > 0 ? (
        <div>
          <h3 className="text-lg font-bold">{t("skippedTitle")}</h3>
          <ul className="list-disc pl-6">
            {data.skipped.map((s) => (
              <li key={s.line} className="break-words">
                {t("skippedLine", { line: s.line, reason: s.reason })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data.reissued.length > 0 ? (
        <div>
          <h3 className="text-lg font-bold">{t("reissuedTitle")}</h3>
          <p>{t("reissuedIntro")}</p>
          <ul className="list-disc pl-6">
            {data.reissued.map((r) => (
              <li key={r.line} className="break-words">
                {t("reissuedLine", { line: r.line, name: r.name, email: r.email })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data.links.length > 0 ? (
        <div className="flex flex-col gap-3 rounded-md border-2 border-gray-500 bg-gray-50 p-3">
          <h3 className="text-lg font-bold">{t("linksTitle")}</h3>
          <p>{t("linksIntro")}</p>
          {data.links.map((l) => (
            <CopyableLink key={l.email} link={l.link} label={t("linkFor", { name: l.name, email: l.email })} copyText={tl("copy")} copiedText={tl("copied")} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
