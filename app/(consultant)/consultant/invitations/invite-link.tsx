"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** A link to pass on in a read-only field with a copy button (when e-mail is off or failed). */
export function CopyableLink({ link, label }: { link: string; label?: string }) {
  const t = useTranslations("consultantInvitations.link");
  const [copiedLink, setCopiedLink] = useState<string | null>(null);
  const id = useId();

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
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-link`} className="font-semibold break-words">
        {label ?? t("label")}
      </label>
      <input
        id={`${id}-link`}
        type="text"
        readOnly
        value={link}
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
