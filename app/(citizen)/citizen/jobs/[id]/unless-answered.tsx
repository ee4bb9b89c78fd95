"use client";

import { useActionForm } from "@/components/ui/action-form";

/**
 * Shows its children until the surrounding form shows the answer to a click. After "Jeg er
 * interesseret" the page refreshes into the "already interested" state; the thank-you message
 * says it already, so both are not shown at once.
 */
export function UnlessAnswered({ children }: { children: React.ReactNode }) {
  const { state } = useActionForm();
  return state.ok && state.message ? null : children;
}
