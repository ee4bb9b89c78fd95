import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CandidateCardView } from "@/components/candidate-card-view";
import { requireRole } from "@/lib/auth/guards";
import { getOwnCandidateCard } from "@/lib/db/candidate-cards";
import { getOwnProfile } from "@/lib/db/citizens";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile.preview"))("title") };
}

/** "What employers see": the citizen's own card through the same projection employers get. */
export default async function PreviewPage() {
  const user = await requireRole("CITIZEN");
  const [card, profile, t, tCandidates] = await Promise.all([getOwnCandidateCard(user), getOwnProfile(user), getTranslations("profile.preview"), getTranslations("candidates")]);
  if (!card || !profile) notFound();
  // The area as employers read it: "" is the whole country (lib/db/candidate-cards.ts).
  const shown = card.area ? card : { ...card, area: tCandidates("country") };
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p role="status" className="rounded-md border-2 border-brand-700 bg-brand-50 p-3 font-semibold">
        {profile.visibleToEmployers ? t("visible") : t("hidden")}
      </p>
      <CandidateCardView card={shown} />
      <section aria-labelledby="who-sees" className="flex flex-col gap-2">
        <h2 id="who-sees" className="text-xl font-bold">{t("whoTitle")}</h2>
        <ul className="list-disc pl-5">
          <li>{t("who1")}</li>
          <li>{t("who2")}</li>
          <li>{t("who3")}</li>
          <li>{t("who4")}</li>
          <li>{t("who5")}</li>
        </ul>
      </section>
      <p className="flex flex-wrap gap-4">
        <Link href="/citizen/profile/visibility" className="inline-flex min-h-11 items-center">{t("changeVisibility")}</Link>
        <Link href="/citizen/profile" className="inline-flex min-h-11 items-center">{t("backToProfile")}</Link>
      </p>
    </div>
  );
}
