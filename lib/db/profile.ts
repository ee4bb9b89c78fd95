import { prisma } from "./client";
import type { Actor } from "./audit";
import type {
  AboutInput,
  EducationInput,
  ExperienceInput,
  HoursInput,
  NeedsInput,
  PlaceInput,
  SkillsInput,
  VisibilityInput,
  WishesInput,
} from "@/lib/validation/profile";

// The citizen's own profile, written step by step. Every write is scoped to the acting citizen's
// own profile in the `where` (userId), so there is no profile id to guess.

const own = (actor: Actor) => ({ userId: actor.id });

/** Everything the profile wizard shows, including the private notes (the citizen's own data). */
export function getOwnProfileForEditing(actor: Actor) {
  if (actor.role !== "CITIZEN") return Promise.resolve(null);
  return prisma.citizenProfile.findUnique({
    where: own(actor),
    include: {
      experience: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      education: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      needs: { orderBy: { code: "asc" } },
      municipality: { select: { name: true } },
    },
  });
}

export type ProfileForEditing = NonNullable<Awaited<ReturnType<typeof getOwnProfileForEditing>>>;

export type StepData =
  | { step: "about"; data: AboutInput }
  | { step: "skills"; data: SkillsInput }
  | { step: "wishes"; data: WishesInput }
  | { step: "hours"; data: HoursInput }
  | { step: "needs"; data: NeedsInput }
  | { step: "place"; data: PlaceInput }
  | { step: "visibility"; data: VisibilityInput }
  /** Entries are saved one by one; moving on only records the progress. */
  | { step: "experience"; data: Record<string, never> };

/**
 * Saves one step. `reached` is the wizard position of the step; the furthest position is kept so
 * the citizen can be sent back where they left off. Returns false when the actor has no profile.
 */
export async function saveProfileStep(actor: Actor, input: StepData, reached: number, finished: Date | null): Promise<boolean> {
  if (actor.role !== "CITIZEN") return false;
  const profile = await prisma.citizenProfile.findUnique({ where: own(actor), select: { id: true, onboardingStep: true, onboardingDoneAt: true } });
  if (!profile) return false;
  const progress = {
    onboardingStep: Math.max(profile.onboardingStep, reached),
    ...(finished && !profile.onboardingDoneAt ? { onboardingDoneAt: finished } : {}),
  };
  if (input.step === "needs") {
    // Replace the set in one transaction, so a failed save never leaves half the needs, and
    // one save at a time per profile: the profile row is locked first. Without the lock, two
    // saves at once (two tabs, a double click) each deleted only the rows they could see, and the
    // stored list became the union of both, MUST needs she never chose included (issue 13).
    await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "CitizenProfile" WHERE "id" = ${profile.id} FOR UPDATE`;
      await tx.accommodationNeed.deleteMany({ where: { profileId: profile.id } });
      await tx.accommodationNeed.createMany({
        data: input.data.needs.map((n) => ({ profileId: profile.id, code: n.code, level: n.level, note: n.note || null })),
      });
      await tx.citizenProfile.update({ where: own(actor), data: progress });
    });
    return true;
  }
  await prisma.citizenProfile.update({ where: own(actor), data: { ...input.data, ...progress } });
  return true;
}

/** The acting citizen's own profile id, or null. */
export async function ownProfileId(actor: Actor): Promise<string | null> {
  if (actor.role !== "CITIZEN") return null;
  const profile = await prisma.citizenProfile.findUnique({ where: own(actor), select: { id: true } });
  return profile?.id ?? null;
}

export async function addExperience(actor: Actor, entry: ExperienceInput): Promise<boolean> {
  const profileId = await ownProfileId(actor);
  if (!profileId) return false;
  const count = await prisma.experienceEntry.count({ where: { profileId } });
  await prisma.experienceEntry.create({
    data: { profileId, sortOrder: count, title: entry.title, employerName: entry.employerName || null, fromYear: entry.fromYear, toYear: entry.toYear, description: entry.description || null },
  });
  return true;
}

export async function addEducation(actor: Actor, entry: EducationInput): Promise<boolean> {
  const profileId = await ownProfileId(actor);
  if (!profileId) return false;
  const count = await prisma.educationEntry.count({ where: { profileId } });
  await prisma.educationEntry.create({ data: { profileId, sortOrder: count, title: entry.title, institution: entry.institution || null, year: entry.year } });
  return true;
}

/** Deletes one of the actor's own entries; another citizen's entry id matches nothing. */
export async function removeEntry(actor: Actor, kind: "experience" | "education", id: string): Promise<boolean> {
  if (actor.role !== "CITIZEN") return false;
  const where = { id, profile: own(actor) };
  const { count } =
    kind === "experience" ? await prisma.experienceEntry.deleteMany({ where }) : await prisma.educationEntry.deleteMany({ where });
  return count === 1;
}
