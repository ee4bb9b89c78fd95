"use client";

import { useFormStatus } from "react-dom";
import { cn } from "@/lib/utils";
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

export function TextField({ label, name, hint, id, defaultValue, className, ...props }: Common & Omit<React.ComponentProps<"input">, "name" | "id">) {
  const f = useField(name, id, hint);
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={f.inputId}>{label}</Label>
      <Hint id={f.hintId}>{hint}</Hint>
      <input
        id={f.inputId}
        name={name}
        key={f.submitted}
        defaultValue={f.submitted ?? defaultValue}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={f.describedBy}
        className={cn(inputClass, f.error && "border-2 border-red-700", className)}
        {...props}
      />
      <ErrorText id={f.errorId}>{f.error}</ErrorText>
    </div>
  );
}

export function TextAreaField({ label, name, hint, id, defaultValue, className, ...props }: Common & Omit<React.ComponentProps<"textarea">, "name" | "id">) {
  const f = useField(name, id, hint);
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={f.inputId}>{label}</Label>
      <Hint id={f.hintId}>{hint}</Hint>
      <textarea
        id={f.inputId}
        name={name}
        key={f.submitted}
        rows={4}
        defaultValue={f.submitted ?? defaultValue}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={f.describedBy}
        className={cn(inputClass, f.error && "border-2 border-red-700", className)}
        {...props}
      />
      <ErrorText id={f.errorId}>{f.error}</ErrorText>
    </div>
  );
}

export function SelectField({ label, name, hint, id, defaultValue, options, ...props }: Common & Omit<React.ComponentProps<"select">, "name" | "id"> & { options: { value: string; label: string }[] }) {
  const f = useField(name, id, hint);
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={f.inputId}>{label}</Label>
      <Hint id={f.hintId}>{hint}</Hint>
      <select
        id={f.inputId}
        name={name}
        key={f.submitted}
        defaultValue={f.submitted ?? defaultValue}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={f.describedBy}
        className={cn(inputClass, f.error && "border-2 border-red-700")}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText id={f.errorId}>{f.error}</ErrorText>
    </div>
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

export function SubmitButton({ children, pendingLabel, variant, className }: { children: React.ReactNode; pendingLabel?: string; variant?: "primary" | "secondary" | "danger"; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} variant={variant} className={cn("self-start", className)}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
