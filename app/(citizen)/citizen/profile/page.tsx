import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/guards";
import { getOwnProfileForEditing, type ProfileForEditing } from "@/lib/db/profile";
import { hoursArgs } from "@/lib/i18n/format";
import { accommodationLabel, scheduleSummary } from "@/lib/matching";
import { profileCompleteness } from "@/lib/profile/completeness";
import { STEPS, stepHref, type Step } from "./steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

type Props = { searchParams: Promise<{ done?: string }> };

export default async function ProfileOverviewPage({ searchParams }: Props) {
  const user = await requireRole("CITIZEN");
  const [profile, t, locale, params] = await Promise.all([getOwnProfileForEditing(user), getTranslations("profile"), getLocale(), searchParams]);
  if (!profile) return <p>{t("errors.noProfile")}</p>;
  const { percent } = profileCompleteness({ ...profile, experienceCount: profile.experience.length, educationCount: profile.education.length });
  const resume = STEPS[Math.min(profile.onboardingStep, STEPS.length - 1)] ?? "about";
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {params.done ? (
        <p role="status" className="rounded-md border-2 border-brand-700 bg-brand-50 p-3 font-semibold">
          {t("doneMessage")}
        </p>
      ) : null}
      <div className="flex flex-col gap-2">
        <p className="font-semibold">{t("completeness", { percent })}</p>
        <div className="h-3 w-full overflow-hidden rounded-full bg-gray-200" aria-hidden="true">
          <div className="h-full rounded-full bg-brand-700" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        {!profile.onboardingDoneAt ? (
          <Button asChild>
            <Link href={stepHref(resume)}>{profile.onboardingStep > 0 ? t("continue") : t("start")}</Link>
          </Button>
        ) : null}
        <Button asChild variant="secondary">
          <Link href="/citizen/profile/preview">{t("preview.link")}</Link>
        </Button>
      </div>
      <ul className="flex flex-col gap-3">
        {STEPS.map((step) => (
          <li key={step} className="rounded-lg border border-gray-200 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-bold">{t(`steps.${step}.title`)}</h2>
              <Link href={stepHref(step)} className="inline-flex min-h-11 items-center">
                {t("edit")}
                <span className="sr-only"> {t(`steps.${step}.title`)}</span>
              </Link>
            </div>
            <p className="whitespace-pre-line">{summary(step, profile, locale, t)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function summary(step: Step, p: ProfileForEditing, locale: string, t: Awaited<ReturnType<typeof getTranslations<"profile">>>): string {
  const lang = locale === "en" ? "en" : "da";
  const none = t("notFilled");
  const list = (items: string[]) => (items.length ? items.join(", ") : none);
  switch (step) {
    case "about":
      return [p.headline || none, t(`about.statuses.${p.status === "PLACED" ? "SEEKING" : p.status}`)].join("\n");
    case "skills":
      return list(p.skills);
    case "experience":
      return list([...p.experience.map((e) => e.title), ...p.education.map((e) => e.title)]);
    case "wishes":
      return [list([...p.wishOccupations, ...p.wishIndustries]), p.openToNewField ? t("wishes.openToNewField") : ""].filter(Boolean).join("\n");
    case "hours":
      return [t("hours.summary", { ...hoursArgs(p.hoursMin, p.hoursMax, locale) }), scheduleSummary(p.availability, lang) || t("hours.anyTime")].join("\n");
    case "needs":
      return p.needs.length ? p.needs.map((n) => `${accommodationLabel(n.code)[lang]} (${t(`needs.levels.${n.level}`)})`).join("\n") : t("needs.noneChosen");
    case "place":
      return p.postalCode ? [t("place.summary", { postalCode: p.postalCode }), p.maxCommuteKm ? t("place.summaryKm", { km: p.maxCommuteKm }) : ""].filter(Boolean).join("\n") : none;
    case "visibility":
      return p.visibleToEmployers ? t("visibility.on") : t("visibility.off");
  }
}
