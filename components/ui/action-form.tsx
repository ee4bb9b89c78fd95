"use client";

import { createContext, useActionState, useContext, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { initialActionResult, type ActionResult } from "@/lib/action-result";
import { cn } from "@/lib/utils";
import { clearDraft, restoreDraft, saveDraft } from "./form-draft";

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

type FormState = { state: ActionResult; pending: boolean };
const FormContext = createContext<FormState>({ state: initialActionResult, pending: false });

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
  const router = useRouter();

  useEffect(() => {
    if (draftKey && ref.current) restoreDraft(ref.current, draftKey);
  }, [draftKey]);
  useEffect(() => {
    // React resets the form after every submit; after a failed one, put back what was typed
    // and chosen (checkboxes and radios too, which the returned values cannot carry).
    if (!state.ok && draftKey && ref.current) restoreDraft(ref.current, draftKey);
    if (!state.ok || !state.message) return;
    if (draftKey) clearDraft(draftKey);
    if (successHref) router.push(successHref);
  }, [draftKey, successHref, router, state]);

  return (
    <FormContext.Provider value={{ state, pending }}>
      <form
        ref={ref}
        action={formAction}
        noValidate
        className={cn("flex flex-col gap-5", className)}
        onInput={draftKey ? (e) => saveDraft(e.currentTarget, draftKey) : undefined}
        onChange={draftKey ? (e) => saveDraft(e.currentTarget, draftKey) : undefined}
        {...props}
      >
        <FormMessage state={state} />
        {children}
      </form>
    </FormContext.Provider>
  );
}

/** Below the server action body limit (next.config.ts, 1 MB), leaving room for the multipart framing. */
const MAX_ACTION_BYTES = 900_000;

function formDataBytes(formData: FormData): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [name, value] of formData) bytes += encoder.encode(name).length + (typeof value === "string" ? encoder.encode(value).length : value.size) + 100;
  return bytes;
}

function FormMessage({ state }: { state: ActionResult }) {
  const error = !state.ok ? (state.formError ?? (state.fieldErrors ? Object.values(state.fieldErrors)[0] : undefined)) : undefined;
  return (
    <div aria-live="polite" className="empty:hidden">
      {!state.ok && error ? (
        <p className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">{state.formError ?? error}</p>
      ) : null}
      {state.ok && state.message ? <p className="rounded-md border-2 border-brand-700 bg-brand-50 p-3 font-semibold">{state.message}</p> : null}
    </div>
  );
}
