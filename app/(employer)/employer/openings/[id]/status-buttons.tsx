"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

type Step = { step: string; label: string; variant: "primary" | "secondary" };

/**
 * One submit button per allowed lifecycle step; the pressed button's `step` value is sent.
 * All are disabled while one is being sent, so a double tap cannot send two steps.
 */
export function StatusButtons({ steps, pendingLabel }: { steps: Step[]; pendingLabel: string }) {
  const { pending, data } = useFormStatus();
  const sending = pending ? data?.get("step") : null;
  return (
    <div className="flex flex-wrap gap-3">
      {steps.map((s) => (
        <Button key={s.step} type="submit" name="step" value={s.step} variant={s.variant} disabled={pending} aria-disabled={pending}>
          {sending === s.step ? pendingLabel : s.label}
        </Button>
      ))}
    </div>
  );
}
