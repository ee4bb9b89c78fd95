"use client";

import { useId, useState } from "react";
import { Button } from "./button";

type Props = { link: string; label: string; copyText: string; copiedText: string; describedBy?: string };

/**
 * A link to pass on by hand (an invitation when e-mail is off or failed): a read-only field that
 * selects itself on focus, and a copy button that says when it worked.
 */
export function CopyableLink({ link, label, copyText, copiedText, describedBy }: Props) {
  // Remembers which link was copied, so a newer link does not say "copied".
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
        {label}
      </label>
      <input
        id={`${id}-link`}
        type="text"
        readOnly
        value={link}
        aria-describedby={describedBy}
        onFocus={(e) => e.currentTarget.select()}
        className="min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 font-mono text-sm"
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={() => copy(link)}>
          {copyText}
        </Button>
        <p aria-live="polite" className="text-sm font-semibold">
          {copiedLink === link ? copiedText : ""}
        </p>
      </div>
    </div>
  );
}
