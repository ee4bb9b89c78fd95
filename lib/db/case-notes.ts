import { prisma } from "./client";
import { auditProfileReads, type Actor } from "./audit";
import { isUniqueViolation } from "./errors";
import { pageWindow } from "./paging";
import { isRecordIdOf } from "@/lib/auth/tokens";

// The job centre's journal on a citizen: notes by consultants of her municipality, append-only
// (a trigger refuses edits; a correction is a new note), newest first, paged. Reading them is
// audited. She gets them in her data export (my-data.ts), not in the app (docs/privacy.md).

type ConsultantActor = Actor & { municipalityId: string | null };

const municipalityOf = (actor: ConsultantActor) => (actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null);

/** Notes per page on the citizen's file. */
export const CASE_NOTES_PAGE_SIZE = 10;

export type CaseNote = { id: string; body: string; createdAt: Date; authorName: string | null };

/**
 * One page of a citizen's notes for a consultant of her municipality, and how many pages; null
 * when she is not theirs. The count and the page read the (citizenId, createdAt, id) index only.
 */
export async function listCaseNotes(actor: ConsultantActor, profileId: string, { page = 1 }: { page?: number } = {}) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return null;
  const citizen = await prisma.citizenProfile.findFirst({ where: { id: profileId, municipalityId }, select: { id: true } });
  if (!citizen) return null;
  const total = await prisma.caseNote.count({ where: { citizenId: citizen.id } });
  const window = pageWindow(total, CASE_NOTES_PAGE_SIZE, page);
  const rows = total === 0 ? [] : await prisma.caseNote.findMany({
    where: { citizenId: citizen.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: window.offset,
    take: CASE_NOTES_PAGE_SIZE,
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  await auditProfileReads(actor, "citizen.case-notes", [citizen.id]);
  const notes: CaseNote[] = rows.map(({ author, ...n }) => ({ ...n, authorName: author?.name ?? null }));
  return { notes, total, page: window.page, pages: window.pages };
}

/**
 * Adds a note to a citizen of the consultant's municipality. The id comes from the form, so a
 * double submit finds its own note ("exists") instead of writing it twice.
 */
export async function addCaseNote(actor: ConsultantActor, profileId: string, input: { id: string; body: string }, now: Date = new Date()): Promise<"created" | "exists" | "not_found"> {
  const municipalityId = municipalityOf(actor);
  // The id must be one the form was given for this consultant (newRecordId), not a chosen one.
  if (!municipalityId || !isRecordIdOf(actor.id, input.id)) return "not_found";
  const citizen = await prisma.citizenProfile.findFirst({ where: { id: profileId, municipalityId }, select: { id: true } });
  if (!citizen) return "not_found";
  try {
    await prisma.caseNote.create({ data: { id: input.id, citizenId: citizen.id, authorId: actor.id, body: input.body, createdAt: now }, select: { id: true } });
    return "created";
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return "exists";
  }
}
