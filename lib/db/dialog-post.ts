import { prisma } from "./client";
import { dialogProfileScope, type DialogActor } from "./dialog";
import { isUniqueViolation } from "./errors";
import { emailAfterCommit, insertNotifications, type NotificationInput } from "./notifications";
import { isRecordIdOf } from "@/lib/auth/tokens";

// Writing in the citizen's dialog with the job centre. The message, the thread's unread counter
// and the other side's notification are one transaction (the outbox): all or nothing. E-mail
// follows after the commit, for citizens who asked for it.

export type PostDialogResult = "ok" | "exists" | "not_found" | "bad_match";

export type PostDialogInput = { id: string; body: string; matchId: string | null; profileId?: string };

/**
 * Posts a message in the thread of the citizen (her own, or for a consultant one of the
 * municipality's). The id comes from the page (newRecordId), so a double submit gives "exists"
 * and saves once. A match reference must be one of this citizen's matches ("bad_match").
 */
export async function postDialogMessage(actor: DialogActor, input: PostDialogInput, now: Date = new Date()): Promise<PostDialogResult> {
  const where = dialogProfileScope(actor, input.profileId);
  const body = input.body.trim();
  if (!where || body.length === 0 || !isRecordIdOf(actor.id, input.id)) return "not_found";
  const profile = await prisma.citizenProfile.findFirst({ where, select: { id: true, userId: true, consultantId: true, user: { select: { name: true } } } });
  if (!profile) return "not_found";
  if (input.matchId && (await prisma.match.count({ where: { id: input.matchId, citizenId: profile.id } })) === 0) return "bad_match";
  const fromCitizen = actor.role === "CITIZEN";
  // The thread row first, outside the transaction: two first messages at once both find it, and a
  // unique violation inside the transaction can then only mean this message was saved already.
  await prisma.dialogThread.createMany({ data: [{ citizenId: profile.id }], skipDuplicates: true });
  const notices: NotificationInput[] = fromCitizen
    ? profile.consultantId && profile.consultantId !== actor.id
      ? [{ userId: profile.consultantId, type: "DIALOG_MESSAGE", data: { citizenName: profile.user.name, profileId: profile.id, fromCitizen: 1 } }]
      : []
    : [{ userId: profile.userId, type: "DIALOG_MESSAGE", data: { authorName: actor.name ?? "", profileId: profile.id } }];
  try {
    const rows = await prisma.$transaction(async (tx) => {
      // Writing means having read the other side's messages; the other side gets one more unread.
      const thread = await tx.dialogThread.update({
        where: { citizenId: profile.id },
        data: fromCitizen
          ? { lastMessageAt: now, lastCitizenMessageAt: now, jobcentreUnread: { increment: 1 }, citizenUnread: 0 }
          : { lastMessageAt: now, lastJobcentreMessageAt: now, citizenUnread: { increment: 1 }, jobcentreUnread: 0 },
        select: { id: true },
      });
      await tx.dialogMessage.create({ data: { id: input.id, threadId: thread.id, authorId: actor.id, fromCitizen, body, matchId: input.matchId, createdAt: now } });
      return insertNotifications(tx, notices);
    });
    await emailAfterCommit(rows);
    return "ok";
  } catch (err) {
    if (isUniqueViolation(err)) return "exists";
    throw err;
  }
}
