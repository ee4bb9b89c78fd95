"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { summaryEntries } from "./error-summary-entries";

type Props = { formError?: string; fieldErrors?: Record<string, string>; ref?: React.Ref<HTMLDivElement> };

/**
 * The GOV.UK / borger.dk error summary: a box at the top of the form that takes focus after a
 * failed submit (ActionForm does that), with one link per wrong field. On a long step the message
 * beside the field can be a screen away from the button; this box is where the eye and the screen
 * reader land, and its links lead on to each field.
 */
export function ErrorSummary({ formError, fieldErrors, ref }: Props) {
  const t = useTranslations("errors");
  const entries = summaryEntries(fieldErrors);
  const titleId = useId();
  return (
    <div ref={ref} tabIndex={-1} role="region" aria-labelledby={titleId} className="rounded-md border-4 border-red-700 bg-white p-4 focus:outline-offset-4">
      <div role="alert">
        <h2 id={titleId} className="text-lg font-bold text-red-900">
          {t("summaryTitle")}
        </h2>
        {formError ? <p className="mt-1">{formError}</p> : null}
        {entries.length ? (
          <ul className="mt-2 flex list-none flex-col gap-1 p-0">
            {entries.map((e) =>
              e.href ? (
                <li key={e.name}>
                  <a href={e.href} onClick={(event) => focusField(event, e.name)} className="inline-flex min-h-11 items-center font-semibold text-red-800 underline">
                    {e.message}
                  </a>
                </li>
              ) : (
                <li key={e.name} className="font-semibold text-red-800">
                  {e.message}
                </li>
              ),
            )}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Following a link to an input scrolls but does not focus it, and a field can sit in a closed
 * <details> or have an id of its own (several forms on one page). So: find the field by its id,
 * else the first control of that name in this form, open what hides it, focus it, and show its
 * label or legend too (GOV.UK does the same), since the question is above the box.
 */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, name: string) {
  const form = event.currentTarget.closest("form");
  const byId = document.getElementById(event.currentTarget.hash.slice(1));
  const byName = form?.elements.namedItem(name);
  const target = byId ?? (byName instanceof RadioNodeList ? byName[0] : byName);
  if (!(target instanceof HTMLElement)) return;
  event.preventDefault();
  for (let el = target.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
  target.focus({ preventScroll: true });
  const caption = target.closest("fieldset")?.querySelector("legend") ?? (target.id ? document.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null);
  (caption ?? target).scrollIntoView({ block: "start" });
}
