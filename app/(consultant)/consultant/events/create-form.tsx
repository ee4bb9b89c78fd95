"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A create form for an event or article. The new row's id is chosen by the page and kept for the
 * life of the form, so after saving it goes to that row's edit page (as openings do).
 */
export function CreateForm({
  action,
  hrefBase,
  initialId,
  draftKey,
  children,
}: {
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
  hrefBase: string;
  initialId: string;
  draftKey: string;
  children: React.ReactNode;
}) {
  const [id] = useState(initialId);
  return (
    <ActionForm action={action} draftKey={draftKey} successHref={`${hrefBase}/${id}`}>
      <input type="hidden" name="id" value={id} />
      {children}
    </ActionForm>
  );
}
