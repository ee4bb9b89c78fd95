import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/ui/cn";
import { STEPS, stepHref, stepNumber, type Step } from "./steps";

/** "Trin 3 af 8" with a bar and links to every step, so a citizen can go back to any of them. */
export async function WizardProgress({ current, reached }: { current: Step; reached: number }) {
  const t = await getTranslations("profile");
  const n = stepNumber(current);
  return (
    <nav aria-label={t("progress.label")} className="flex flex-col gap-2">
      <p className="font-semibold">{t("progress.text", { step: n, total: STEPS.length })}</p>
      <div className="h-3 w-full overflow-hidden rounded-full bg-gray-200" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${(n / STEPS.length) * 100}%` }} />
      </div>
      <details className="rounded-md border border-gray-300 p-2">
        <summary className="min-h-11 cursor-pointer content-center font-semibold">{t("progress.all")}</summary>
        <ol className="mt-2 flex flex-col gap-1 pl-1">
          {STEPS.map((step, i) => (
            <li key={step}>
              <Link
                href={stepHref(step)}
                aria-current={step === current ? "step" : undefined}
                className={cn("inline-flex min-h-11 items-center gap-2", step === current && "font-bold")}
              >
                {i + 1}. {t(`steps.${step}.title`)}
                {i + 1 <= reached && step !== current ? <span className="text-sm text-gray-700">({t("progress.saved")})</span> : null}
                {step === current ? <span className="text-sm">({t("progress.here")})</span> : null}
              </Link>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
