"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { createOpeningAction } from "../actions";

/**
 * The create form. The new opening's id is chosen by the page and kept for the life of this
 * form, so that after saving it goes to that opening's page even if the page re-renders meanwhile.
 */
export function NewOpeningForm({ initialId, draftKey, children }: { initialId: string; draftKey: string; children: React.ReactNode }) {
  const [id] = useState(initialId);
  return (
    <ActionForm action={createOpeningAction} draftKey={draftKey} successHref={`/employer/openings/${id}`}>
      <input type="hidden" name="id" value={id} />
      {children}
    </ActionForm>
  );
}
