"use client";

import { createContext, useActionState, useCallback, useContext, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/actions/result";
import { cn } from "@/lib/ui/cn";
import { DraftNotice } from "./draft-notice";
import { ErrorSummary } from "./error-summary";
import { clearDraft, restoreDraft, saveDraft } from "./form-draft";

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

type FormState = {
  state: ActionResult;
  pending: boolean;
  /** Keeps the draft after a change made by script (which fires no input event). */
  saveDraftNow: () => void;
};
const FormContext = createContext<FormState>({ state: initialActionResult, pending: false, saveDraftNow: () => {} });

/** The action's last result and whether it is running, for fields and buttons inside an ActionForm. */
export function useActionForm(): FormState {
  return useContext(FormContext);
}

type Props = Omit<React.ComponentProps<"form">, "action"> & {
  action: Action;
  /**
   * Keep what the person typed in this browser (localStorage) until the action succeeds, so
   * closing the phone or losing the connection midway loses nothing.
   */
  draftKey?: string;
  /** Where to go after a successful save (the next wizard step). */
  successHref?: string;
};

/**
 * A form bound to a server action returning ActionResult. It shows the form-level error or success
 * message in a live region; fields read their own error and refill value from the context.
 */
export function ActionForm({ action, draftKey, successHref, children, className, ...props }: Props) {
  const t = useTranslations("errors");
  // Next refuses a server action body over 1 MB before the action runs, which showed the generic
  // error page; such a form (only pasted text can be that long) gets its own message instead.
  const checked: Action = (prev, formData) => (formDataBytes(formData) > MAX_ACTION_BYTES ? Promise.resolve({ ok: false, formError: t("bodyTooLarge") }) : action(prev, formData));
  const [state, formAction, pending] = useActionState(checked, initialActionResult);
  const ref = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [unsavedDraft, setUnsavedDraft] = useState(false);
  // Discarding a draft remounts the fields, so they (and parts with state, like tag lists) show the saved values again.
  const [mount, setMount] = useState(0);

  useEffect(() => {
    if (!draftKey || !ref.current) return;
    const changed = restoreDraft(ref.current, draftKey);
    setUnsavedDraft(changed);
    if (changed) announceRestore(ref.current);
  }, [draftKey]);
  useEffect(() => {
    if (!state.ok) {
      // React resets the form after every submit; after a failed one, put back what was typed
      // and chosen (checkboxes and radios too, which the returned values cannot carry).
      if (draftKey && ref.current && restoreDraft(ref.current, draftKey)) announceRestore(ref.current);
      // The summary sits at the top; the button that failed may be a screen further down.
      summary.current?.focus();
      return;
    }
    if (!state.message) return;
    if (draftKey) clearDraft(draftKey);
    if (successHref) router.push(successHref);
  }, [draftKey, successHref, router, state]);

  const saveDraftNow = useCallback(() => {
    if (draftKey && ref.current) saveDraft(ref.current, draftKey);
  }, [draftKey]);
  const discardDraft = () => {
    if (draftKey) clearDraft(draftKey);
    setUnsavedDraft(false);
    setMount((m) => m + 1);
  };

  return (
    <FormContext.Provider value={{ state, pending, saveDraftNow }}>
      <form
        key={mount}
        ref={ref}
        action={formAction}
        noValidate
        className={cn("flex flex-col gap-5", className)}
        onInput={draftKey ? (e) => saveDraft(e.currentTarget, draftKey) : undefined}
        onChange={draftKey ? (e) => saveDraft(e.currentTarget, draftKey) : undefined}
        {...props}
      >
        {!state.ok && (state.formError || state.fieldErrors) ? <ErrorSummary ref={summary} formError={state.formError} fieldErrors={state.fieldErrors} /> : null}
        <div aria-live="polite" className="empty:hidden">
          {state.ok && state.message ? <p className="rounded-md border-2 border-brand-700 bg-brand-50 p-3 font-semibold">{state.message}</p> : null}
        </div>
        <div role="status" className="empty:hidden">
          {unsavedDraft && state.ok && !state.message ? <DraftNotice onDiscard={discardDraft} /> : null}
        </div>
        {children}
      </form>
    </FormContext.Provider>
  );
}

/** Restoring sets inputs by script, which fires no input event; parts that mirror their inputs (a summary of choices) listen for this. */
export const DRAFT_RESTORED = "refleks:draft-restored";

function announceRestore(form: HTMLFormElement) {
  form.dispatchEvent(new Event(DRAFT_RESTORED));
}

/** Below the server action body limit (next.config.ts, 1 MB), leaving room for the multipart framing. */
const MAX_ACTION_BYTES = 900_000;

function formDataBytes(formData: FormData): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [name, value] of formData) bytes += encoder.encode(name).length + (typeof value === "string" ? encoder.encode(value).length : value.size) + 100;
  return bytes;
}
