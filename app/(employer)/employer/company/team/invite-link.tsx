"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/** What an invitation action returns in `data` when it could not e-mail the link. */
export type InviteLinkData = { link: string };

/**
 * Inside an invitation's ActionForm: when e-mail is off or failed, shows the new link in a
 * read-only field, so the inviter can pass it on themself.
 */
export function InviteLink() {
  const t = useTranslations("employerCompany.team");
  const { state } = useActionForm();
  // Remembers which link was copied, so a newer link does not say "copied".
  const [copiedLink, setCopiedLink] = useState<string | null>(null);
  const id = useId();
  // The action returns ActionResult<InviteLinkData>; ActionForm's context is typed without data.
  const result = state as ActionResult<InviteLinkData>;
  const link = result.ok ? result.data?.link : undefined;
  if (!link) return null;

  async function copy(value: string) {
    try {
      await navigator.clipboard.writeText(value);
      setCopiedLink(value);
    } catch {
      // No clipboard (old browser, no permission): the field is still there to select by hand.
      setCopiedLink(null);
    }
  }

  return (
    <div className="flex flex-col gap-2 rounded-md border-2 border-gray-500 bg-gray-50 p-3">
      <p id={`${id}-explanation`}>{t("noMailExplanation")}</p>
      <label htmlFor={`${id}-link`} className="font-semibold">
        {t("linkLabel")}
      </label>
      <input
        id={`${id}-link`}
        type="text"
        readOnly
        value={link}
        aria-describedby={`${id}-explanation`}
        onFocus={(e) => e.currentTarget.select()}
        className="min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 font-mono text-sm"
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={() => copy(link)}>
          {t("copy")}
        </Button>
        <p aria-live="polite" className="text-sm font-semibold">
          {copiedLink === link ? t("copied") : ""}
        </p>
      </div>
    </div>
  );
}
