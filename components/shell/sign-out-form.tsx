"use client";

import { clearAllDrafts } from "@/components/ui/form-draft";
import { signOutAction } from "./actions";

/** Sign-out also forgets unsaved form drafts in this browser (a shared computer at the library). */
export function SignOutForm({ label }: { label: string }) {
  return (
    <form action={signOutAction} onSubmit={clearAllDrafts}>
      <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">
        {label}
      </button>
    </form>
  );
}
