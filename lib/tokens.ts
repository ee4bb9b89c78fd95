import { createHash, randomBytes } from "node:crypto";

/** A random, URL-safe secret (invitation links). Only its hash is stored. */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
