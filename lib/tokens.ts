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
