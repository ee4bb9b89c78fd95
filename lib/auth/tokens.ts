import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

/** A random, URL-safe secret (invitation links). Only its hash is stored. */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// Ids for new records chosen by the page before the form is sent (so a double click saves once
// and the form knows where to go next). An id carries a MAC of its owner, so a create action can
// tell an id the server gave this user from one copied from elsewhere, without asking whether a
// record with that id exists (which told a user that another company's id was "already saved").
function recordIdMac(ownerId: string, nonce: string): string {
  const secret = process.env.AUTH_SECRET ?? "development-only-record-id-secret";
  return createHmac("sha256", secret).update(`record-id|${ownerId}|${nonce}`).digest("base64url").slice(0, 22);
}

/** A new record id for a form of `ownerId` (the acting user): a UUID and its MAC, 59 characters. */
export function newRecordId(ownerId: string): string {
  const nonce = randomUUID();
  return `${nonce}_${recordIdMac(ownerId, nonce)}`;
}

/** Whether `id` was made by newRecordId for this owner. */
export function isRecordIdOf(ownerId: string, id: string): boolean {
  // The nonce (a UUID) has no "_"; the MAC (base64url) may.
  const cut = id.indexOf("_");
  if (cut <= 0) return false;
  const expected = Buffer.from(recordIdMac(ownerId, id.slice(0, cut)));
  const given = Buffer.from(id.slice(cut + 1));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

// One-click unsubscribe links in e-mail (lib/mail/unsubscribe.ts): the token names the user and
// what to stop, signed so that nobody can stop another person's mail by editing the link. No
// expiry: an old e-mail's link must still work, and the worst a leaked link does is stop mail.
const UNSUBSCRIBE_TOKEN = /^([A-Za-z0-9_-]{1,64})\.([A-Z_]{1,40})\.([A-Za-z0-9_-]{43})$/;

function unsubscribeMac(userId: string, kind: string): string {
  const secret = process.env.AUTH_SECRET ?? "development-only-record-id-secret";
  return createHmac("sha256", secret).update(`unsubscribe|${userId}|${kind}`).digest("base64url");
}

/** A token for the link that stops `kind` (a notification type, "DIGEST" or "JOB_AGENT") for the user. */
export function unsubscribeToken(userId: string, kind: string): string {
  return `${userId}.${kind}.${unsubscribeMac(userId, kind)}`;
}

/** The user and kind of a token made by unsubscribeToken; null for anything forged or damaged. */
export function readUnsubscribeToken(token: string): { userId: string; kind: string } | null {
  const m = UNSUBSCRIBE_TOKEN.exec(token);
  if (!m) return null;
  const [, userId, kind, mac] = m as unknown as [string, string, string, string];
  const expected = Buffer.from(unsubscribeMac(userId, kind));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { userId, kind } : null;
}
