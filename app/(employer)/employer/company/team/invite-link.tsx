"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/action-form";
import { CopyableLink } from "@/components/ui/copyable-link";
import type { ActionResult } from "@/lib/actions/result";

/** What an invitation action returns in `data` when it could not e-mail the link. */
export type InviteLinkData = { link: string };

/**
 * Inside an invitation's ActionForm: when e-mail is off or failed, shows the new link in a
 * read-only field, so the inviter can pass it on themself.
 */
export function InviteLink() {
  const t = useTranslations("employerCompany.team");
  const { state } = useActionForm();
  const id = useId();
  // The action returns ActionResult<InviteLinkData>; ActionForm's context is typed without data.
  const result = state as ActionResult<InviteLinkData>;
  const link = result.ok ? result.data?.link : undefined;
  if (!link) return null;
  return (
    <div className="flex flex-col gap-2 rounded-md border-2 border-gray-500 bg-gray-50 p-3">
      <p id={`${id}-explanation`}>{t("noMailExplanation")}</p>
      <CopyableLink link={link} label={t("linkLabel")} copyText={t("copy")} copiedText={t("copied")} describedBy={`${id}-explanation`} />
    </div>
  );
}
