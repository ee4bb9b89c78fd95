"use client";

import { useFormStatus } from "react-dom";
import { cn } from "@/lib/ui/cn";
import { Button } from "./button";
import { useActionForm } from "./action-form";

// Fields for use inside <ActionForm>: each shows its own error from the action's result, tied to
// the input with aria-describedby, and refills from the submitted values after a failed submit.

type Common = { label: string; name: string; hint?: string; id?: string };

function useField(name: string, id?: string, hint?: string) {
  const { state } = useActionForm();
  const error = !state.ok ? state.fieldErrors?.[name] : undefined;
  const submitted = !state.ok ? state.values?.[name] : undefined;
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { error, submitted, inputId, hintId, errorId, describedBy };
}

function Label({ htmlFor, children }: { htmlFor: string; children: React.ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="font-semibold">
      {children}
    </label>
  );
}

function Hint({ id, children }: { id?: string; children?: React.ReactNode }) {
  return id ? (
    <p id={id} className="text-sm text-gray-700">
      {children}
    </p>
  ) : null;
}

function ErrorText({ id, children }: { id?: string; children?: React.ReactNode }) {
  return id ? (
    <p id={id} className="text-sm font-semibold text-red-800">
      {children}
    </p>
  ) : null;
}

const inputClass = "min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base";

/** Label, hint and error around one control; the control gets the ids and ARIA state. */
function FieldFrame({ label, name, hint, id, children }: Common & { children: (control: ControlProps) => React.ReactNode }) {
  const f = useField(name, id, hint);
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={f.inputId}>{label}</Label>
      <Hint id={f.hintId}>{hint}</Hint>
      {children({
        id: f.inputId,
        name,
        // Remounts the control with the submitted value after a failed submit (React resets forms).
        key: f.submitted,
        submitted: f.submitted,
        "aria-invalid": f.error ? true : undefined,
        "aria-describedby": f.describedBy,
        invalidClass: f.error ? "border-2 border-red-700" : undefined,
      })}
      <ErrorText id={f.errorId}>{f.error}</ErrorText>
    </div>
  );
}

type ControlProps = {
  id: string;
  name: string;
  key: string | undefined;
  submitted: string | undefined;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  invalidClass: string | undefined;
};

export function TextField({ label, name, hint, id, defaultValue, className, ...props }: Common & Omit<React.ComponentProps<"input">, "name" | "id">) {
  return (
    <FieldFrame label={label} name={name} hint={hint} id={id}>
      {({ key, submitted, invalidClass, ...control }) => (
        <input key={key} defaultValue={submitted ?? defaultValue} className={cn(inputClass, invalidClass, className)} {...control} {...props} />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ label, name, hint, id, defaultValue, className, ...props }: Common & Omit<React.ComponentProps<"textarea">, "name" | "id">) {
  return (
    <FieldFrame label={label} name={name} hint={hint} id={id}>
      {({ key, submitted, invalidClass, ...control }) => (
        <textarea key={key} rows={4} defaultValue={submitted ?? defaultValue} className={cn(inputClass, invalidClass, className)} {...control} {...props} />
      )}
    </FieldFrame>
  );
}

export function SelectField({ label, name, hint, id, defaultValue, options, ...props }: Common & Omit<React.ComponentProps<"select">, "name" | "id"> & { options: { value: string; label: string }[] }) {
  return (
    <FieldFrame label={label} name={name} hint={hint} id={id}>
      {({ key, submitted, invalidClass, ...control }) => (
        <select key={key} defaultValue={submitted ?? defaultValue} className={cn(inputClass, invalidClass)} {...control} {...props}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A single checkbox with its label beside it; the whole row is the touch target. */
export function CheckboxField({ label, name, hint, id, defaultChecked, value = "on" }: Common & { defaultChecked?: boolean; value?: string }) {
  const f = useField(name, id, hint);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={f.inputId} className="flex min-h-11 cursor-pointer items-center gap-3 font-semibold">
        <input
          id={f.inputId}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={defaultChecked}
          aria-describedby={f.describedBy}
          className="size-6 shrink-0 accent-brand-700"
        />
        {label}
      </label>
      <Hint id={f.hintId}>{hint}</Hint>
      <ErrorText id={f.errorId}>{f.error}</ErrorText>
    </div>
  );
}

/** The error of a group of inputs (checkbox grids, radio groups) that has no single input. */
export function GroupError({ name, id }: { name: string; id?: string }) {
  const { state } = useActionForm();
  const error = !state.ok ? state.fieldErrors?.[name] : undefined;
  return error ? (
    <p id={id ?? `field-${name}-error`} className="text-sm font-semibold text-red-800">
      {error}
    </p>
  ) : null;
}

type SubmitProps = {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  /** For a form with several submit buttons: the button's name and value go with the form data. */
  name?: string;
  value?: string;
};

export function SubmitButton({ children, pendingLabel, variant, className, name, value }: SubmitProps) {
  const { pending, data } = useFormStatus();
  // With several buttons in one form, only the one that was pressed says what is happening.
  const pressed = !name || data?.get(name) === value;
  return (
    <Button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} variant={variant} className={cn("self-start", className)}>
      {pending && pressed && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
