import { prisma } from "./client";
import { auditProfileReads, type Actor } from "./audit";
import type { Prisma } from "./types";

// The citizen's dialog with the job centre: one thread per citizen (DialogThread), read and
// answered by her consultant and every consultant of her municipality. Access is in the `where`:
// a citizen reaches only her own profile's thread, a consultant only a profile of their
// municipality, so anything else is simply not found. Unread state is two counters on the thread.

export type DialogActor = Actor & { municipalityId?: string | null; name?: string };

/** Messages per page; older ones are fetched by cursor ("Vis ældre beskeder"). */
export const DIALOG_PAGE_SIZE = 20;
/** How many of her matches the "about" choice offers, newest first. */
const MATCH_OPTIONS = 50;

/** The profile whose thread this actor may open, or null when their role has none. */
export function dialogProfileScope(actor: DialogActor, profileId?: string): Prisma.CitizenProfileWhereInput | null {
  if (actor.role === "CITIZEN") return { userId: actor.id };
  if (actor.role === "CONSULTANT" && actor.municipalityId && profileId) return { id: profileId, municipalityId: actor.municipalityId };
  return null;
}

export type DialogMessageView = {
  id: string;
  body: string;
  createdAt: Date;
  fromCitizen: boolean;
  /** Null when the author's account has been deleted. */
  authorName: string | null;
  mine: boolean;
  /** Unread by the reader when the page was opened. */
  isNew: boolean;
  about: { matchId: string; openingId: string; title: string; employerName: string } | null;
};

const messageSelect = {
  id: true,
  body: true,
  createdAt: true,
  fromCitizen: true,
  authorId: true,
  author: { select: { name: true } },
  match: { select: { id: true, openingId: true, opening: { select: { title: true, employer: { select: { name: true } } } } } },
} as const;

/** One page of the thread, oldest first; `before` is the id of the oldest message already shown. */
async function messagePage(threadId: string, before: string | undefined) {
  // A cursor from another thread (or a made-up one) is ignored: the page starts at the newest.
  const cursor = before ? await prisma.dialogMessage.findFirst({ where: { id: before, threadId }, select: { id: true, createdAt: true } }) : null;
  const older: Prisma.DialogMessageWhereInput = cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {};
  const rows = await prisma.dialogMessage.findMany({
    where: { threadId, ...older },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DIALOG_PAGE_SIZE + 1,
    select: messageSelect,
  });
  return { rows: rows.slice(0, DIALOG_PAGE_SIZE).reverse(), hasOlder: rows.length > DIALOG_PAGE_SIZE, newest: !cursor };
}

/**
 * The thread as the actor sees it (null when not theirs). Opening the newest page marks the
 * other side's messages read for the reader's side, but only up to the newest message shown, so
 * a message that arrives meanwhile stays unread. A consultant's read is audited (citizen.dialog).
 */
export async function readDialog(actor: DialogActor, { profileId, before }: { profileId?: string; before?: string } = {}) {
  const where = dialogProfileScope(actor, profileId);
  if (!where) return null;
  const profile = await prisma.citizenProfile.findFirst({
    where,
    select: {
      id: true,
      user: { select: { name: true } },
      consultant: { select: { name: true } },
      dialogThread: { select: { id: true, citizenUnread: true, jobcentreUnread: true } },
      matches: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: MATCH_OPTIONS,
        select: { id: true, opening: { select: { title: true, employer: { select: { name: true } } } } },
      },
    },
  });
  if (!profile) return null;
  const readerIsCitizen = actor.role === "CITIZEN";
  const thread = profile.dialogThread;
  const page = thread ? await messagePage(thread.id, before) : { rows: [], hasOlder: false, newest: true };
  const unread = thread ? (readerIsCitizen ? thread.citizenUnread : thread.jobcentreUnread) : 0;
  const messages = markNew(page.rows, readerIsCitizen, page.newest ? unread : 0).map(({ row, isNew }) => toView(row, actor.id, isNew));
  if (!readerIsCitizen) await auditProfileReads(actor, "citizen.dialog", [profile.id]);
  const newestShown = page.rows.at(-1)?.createdAt;
  let markedRead = false;
  if (thread && page.newest && unread > 0 && newestShown) {
    await markRead(thread.id, readerIsCitizen, newestShown);
    markedRead = true;
  }
  return {
    profileId: profile.id,
    citizenName: profile.user.name,
    consultantName: profile.consultant?.name ?? null,
    messages,
    olderCursor: page.hasOlder ? (page.rows[0]?.id ?? null) : null,
    isNewestPage: page.newest,
    /** This read cleared the reader's unread messages (the page then refreshes the menu's badge). */
    markedRead,
    matchOptions: profile.matches.map((m) => ({ id: m.id, title: m.opening.title, employerName: m.opening.employer.name })),
  };
}

export type DialogView = NonNullable<Awaited<ReturnType<typeof readDialog>>>;

type MessageRow = Prisma.DialogMessageGetPayload<{ select: typeof messageSelect }>;

/** The last `unread` messages from the other side are the ones the reader has not seen. */
function markNew(rows: MessageRow[], readerIsCitizen: boolean, unread: number) {
  let left = unread;
  const out = rows.map((row) => ({ row, isNew: false }));
  for (let i = out.length - 1; i >= 0 && left > 0; i--) {
    if (out[i]!.row.fromCitizen !== readerIsCitizen) {
      out[i]!.isNew = true;
      left--;
    }
  }
  return out;
}

function toView(row: MessageRow, actorId: string, isNew: boolean): DialogMessageView {
  const { match } = row;
  return {
    id: row.id,
    body: row.body,
    createdAt: row.createdAt,
    fromCitizen: row.fromCitizen,
    authorName: row.author?.name ?? null,
    mine: row.authorId === actorId,
    isNew,
    about: match ? { matchId: match.id, openingId: match.openingId, title: match.opening.title, employerName: match.opening.employer.name } : null,
  };
}

/** Clears the reader side's counter unless the other side wrote after the newest message shown. */
async function markRead(threadId: string, readerIsCitizen: boolean, newestShown: Date): Promise<void> {
  const seen = { OR: [{ lastJobcentreMessageAt: null }, { lastJobcentreMessageAt: { lte: newestShown } }] };
  const seenByJobcentre = { OR: [{ lastCitizenMessageAt: null }, { lastCitizenMessageAt: { lte: newestShown } }] };
  await prisma.dialogThread.updateMany({
    where: readerIsCitizen ? { id: threadId, citizenUnread: { gt: 0 }, ...seen } : { id: threadId, jobcentreUnread: { gt: 0 }, ...seenByJobcentre },
    data: readerIsCitizen ? { citizenUnread: 0 } : { jobcentreUnread: 0 },
  });
}
