import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { getOwnProfile } from "@/lib/db/citizens";
import { hoursArgs } from "@/lib/i18n/format";
import { accommodationLabel } from "@/lib/matching/vocabulary";
import { profileCompleteness } from "@/lib/profile/completeness";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("citizen"))("title") };
}

export default async function CitizenHomePage() {
  const user = await requireRole("CITIZEN");
  const [profile, t, locale] = await Promise.all([getOwnProfile(user), getTranslations("citizen"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  // "Start" only for a profile with nothing in it yet; anyone further along continues, and sees how far.
  const percent = profile ? profileCompleteness({ ...profile, experienceCount: profile._count.experience, educationCount: profile._count.education }).percent : 0;
  const started = profile !== null && (percent > 0 || profile.onboardingStep > 0);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("greeting", { name: user.name })}</h1>
      {profile && !profile.onboardingDoneAt ? (
        <Card aria-labelledby="next-step" className="border-2 border-brand-700">
          <h2 id="next-step" className="mb-2 text-xl font-bold">
            {started ? t("onboardingTitle") : t("onboardingTitleStart")}
          </h2>
          {started ? <p className="mb-2 font-semibold">{t("onboardingProgress", { percent })}</p> : null}
          <p className="mb-4">{t("onboardingText")}</p>
          <Button asChild>
            <Link href="/citizen/profile">{started ? t("onboardingContinue") : t("onboardingStart")}</Link>
          </Button>
        </Card>
      ) : null}
      {!profile ? (
        <p>{t("noProfile")}</p>
      ) : (
        <Card aria-labelledby="profile-summary">
          <h2 id="profile-summary" className="mb-3 text-xl font-bold">
            {t("summaryTitle")}
          </h2>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("headline")}</dt>
            <dd>{profile.headline || t("empty")}</dd>
            <dt className="font-semibold">{t("hours")}</dt>
            <dd>{t("hoursValue", { ...hoursArgs(profile.hoursMin, profile.hoursMax, locale) })}</dd>
            <dt className="font-semibold">{t("skills")}</dt>
            <dd>{profile.skills.length ? profile.skills.join(", ") : t("empty")}</dd>
            <dt className="font-semibold">{t("needs")}</dt>
            <dd>
              {profile.needs.length ? (
                <ul className="list-disc pl-5">
                  {profile.needs.map((need) => (
                    <li key={need.id}>
                      {accommodationLabel(need.code)[lang]} ({t(`needLevel.${need.level}`)})
                    </li>
                  ))}
                </ul>
              ) : (
                t("empty")
              )}
            </dd>
            <dt className="font-semibold">{t("status")}</dt>
            <dd>{t(`statuses.${profile.status}`)}</dd>
            <dt className="font-semibold">{t("visibility")}</dt>
            <dd>{profile.visibleToEmployers ? t("visibleYes") : t("visibleNo")}</dd>
            <dt className="font-semibold">{t("consultant")}</dt>
            <dd>{profile.consultant ? `${profile.consultant.name} (${profile.municipality.name})` : t("empty")}</dd>
            <dt className="font-semibold">{t("matches")}</dt>
            <dd>{profile._count.matches}</dd>
          </dl>
          <p className="mt-4 flex flex-wrap gap-x-6">
            <Link href="/citizen/profile" className="inline-flex min-h-11 items-center">
              {t("editProfile")}
            </Link>
            <Link href="/citizen/profile/preview" className="inline-flex min-h-11 items-center">
              {t("seePreview")}
            </Link>
          </p>
        </Card>
      )}
    </div>
  );
}
