import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { signInLockedUntil } from "@/lib/auth/rate-limit";
import { getCitizenFile } from "@/lib/db/caseload";
import { BundlesSection } from "./bundles-section";
import { MatchHistory } from "./match-history";
import { BackgroundSection, NeedsSection, OverviewSection } from "./profile-sections";
import { SignInLock } from "./sign-in-lock";
import { ViewLog } from "./view-log";

export async function generateMetadata(): Promise<Metadata> {
  // The citizen's name stays out of the tab title (and so out of browser history).
  return { title: (await getTranslations("caseload"))("title") };
}

/** A citizen's whole file for their job centre. Reading it is audited (citizen.view). */
export default async function CitizenFilePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("CONSULTANT");
  const { id } = await params;
  const [citizen, t, locale] = await Promise.all([getCitizenFile(user, id), getTranslations("caseload.detail"), getLocale()]);
  if (!citizen) notFound();
  const lockedUntil = await signInLockedUntil(citizen.user.email, new Date());
  return (
    <div className="flex flex-col gap-6">
      <Link href="/consultant" className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("back")}
      </Link>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{citizen.user.name}</h1>
        <p className="break-words">{citizen.headline || t("noHeadline")}</p>
      </div>
      <SignInLock profileId={citizen.id} lockedUntil={lockedUntil} locale={locale} />
      <OverviewSection citizen={citizen} locale={locale} />
      <NeedsSection citizen={citizen} locale={locale} />
      <BackgroundSection citizen={citizen} />
      <BundlesSection user={user} citizen={citizen} />
      <MatchHistory matches={citizen.matches} locale={locale} />
      <ViewLog views={citizen.views} locale={locale} />
    </div>
  );
}
