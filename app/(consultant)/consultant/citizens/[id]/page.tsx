import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { signInLockedUntil } from "@/lib/auth/rate-limit";
import { listCaseNotes } from "@/lib/db/case-notes";
import { getCitizenFile } from "@/lib/db/caseload";
import { listColleagues, listHandovers } from "@/lib/db/handovers";
import { newRecordId } from "@/lib/auth/tokens";
import { BundlesSection } from "./bundles-section";
import { CaseNotes } from "./case-notes";
import { ConsultantTools } from "./consultant-tools";
import { DialogCard } from "./dialog-card";
import { MatchHistory } from "./match-history";
import { BackgroundSection, NeedsSection, OverviewSection } from "./profile-sections";
import { SignInLock } from "./sign-in-lock";
import { ViewLog } from "./view-log";

export async function generateMetadata(): Promise<Metadata> {
  // The citizen's name stays out of the tab title (and so out of browser history).
  return { title: (await getTranslations("caseload"))("title") };
}

/** A citizen's whole file for their job centre. Reading it is audited (citizen.view). */
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CitizenFilePage({ params, searchParams }: Props) {
  const user = await requireRole("CONSULTANT");
  const { id } = await params;
  const raw = (await searchParams).notes;
  const notesPage = Number.parseInt(typeof raw === "string" ? raw : "1", 10);
  const [citizen, t, locale] = await Promise.all([getCitizenFile(user, id), getTranslations("caseload.detail"), getLocale()]);
  if (!citizen) notFound();
  const [lockedUntil, notes, colleagues, handovers] = await Promise.all([
    signInLockedUntil(citizen.user.email, new Date()),
    listCaseNotes(user, citizen.id, { page: Number.isFinite(notesPage) ? notesPage : 1 }),
    listColleagues(user),
    listHandovers(user, citizen.id),
  ]);
  if (!notes) notFound();
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
      <DialogCard citizen={citizen} />
      <OverviewSection citizen={citizen} locale={locale} />
      <NeedsSection citizen={citizen} locale={locale} />
      <BackgroundSection citizen={citizen} />
      <ConsultantTools profileId={citizen.id} consultant={citizen.consultant} colleagues={colleagues} handovers={handovers} />
      <CaseNotes profileId={citizen.id} newId={newRecordId(user.id)} notes={notes.notes} page={notes.page} pages={notes.pages} />
      <BundlesSection user={user} citizen={citizen} />
      <MatchHistory matches={citizen.matches} locale={locale} />
      <ViewLog views={citizen.views} locale={locale} />
    </div>
  );
}
