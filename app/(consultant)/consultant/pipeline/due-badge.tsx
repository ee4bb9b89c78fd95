import { getTranslations } from "next-intl/server";
import type { DueState } from "@/lib/placements/plan";

/** "Opfølgning forfalden" / "Opfølgning om 2 dage": words and a symbol, not colour alone. */
export async function DueBadge({ due }: { due: NonNullable<DueState> }) {
  const t = await getTranslations("pipeline");
  const overdue = due.state === "overdue";
  return (
    <strong className={`inline-flex items-center gap-1 self-start rounded-md border-2 px-2 py-0.5 ${overdue ? "border-red-800 bg-red-50 text-red-900" : "border-amber-700 bg-amber-50 text-amber-950"}`}>
      <span aria-hidden="true">{overdue ? "⚠" : "⏰"}</span>
      {due.state === "soon" ? t("due.soon", { days: due.days }) : t(`due.${due.state}`)}
    </strong>
  );
}

/** The card border that goes with a due follow-up: red when overdue, amber when due soon. */
export function dueBorder(due: DueState): string {
  return due?.state === "overdue" ? "border-2 border-red-800" : due ? "border-2 border-amber-700" : "";
}
