import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from "node:crypto";
import { generateAlias } from "@/lib/privacy/alias";

// Per-company pseudonyms. Each company sees a candidate under its own alias and its own opaque
// reference (in every URL and form), so two companies cannot tell they look at the same person,
// and nothing an employer sees is the profile's internal id. Both are derived with keys from
// AUTH_SECRET (HKDF), so nothing is stored and every instance agrees (ADR 013):
//
// - alias: generateAlias() fed by HMAC(aliasKey, company | profile): stable per company.
// - reference: the profile id encrypted with AES-256-GCM under a synthetic IV,
//   HMAC(refKey, company | profile)[0..12). Deterministic (the same link every time), opaque,
//   tamper-proof (GCM), and bound to the company: decoding checks that the IV is the one this
//   company would have made, so another company's reference does not open here.

const IV_BYTES = 12;
const TAG_BYTES = 16;

type Keys = { alias: Buffer; ivMac: Buffer; cipher: Buffer };
let cached: { secret: string; keys: Keys } | null = null;

function keys(): Keys {
  const secret = process.env.AUTH_SECRET ?? "development-only-pseudonym-secret";
  if (cached?.secret !== secret) {
    const derive = (info: string) => Buffer.from(hkdfSync("sha256", secret, "refleks-pseudonyms", info, 32));
    cached = { secret, keys: { alias: derive("alias"), ivMac: derive("reference-iv"), cipher: derive("reference-cipher") } };
  }
  return cached.keys;
}

const mac = (key: Buffer, companyId: string, profileId: string) => createHmac("sha256", key).update(`${companyId}\u0000${profileId}`).digest();

/** The alias this company sees for this candidate ("Rolig Bøg 17"). */
export function companyAlias(companyId: string, profileId: string): string {
  const bytes = mac(keys().alias, companyId, profileId);
  let i = 0;
  // Each draw takes 4 bytes of the MAC as a fraction in [0, 1).
  return generateAlias(() => bytes.readUInt32BE((i++ % 8) * 4) / 2 ** 32);
}

/** The opaque reference this company uses for this candidate in URLs and forms. */
export function candidateRef(companyId: string, profileId: string): string {
  const { ivMac, cipher } = keys();
  const iv = mac(ivMac, companyId, profileId).subarray(0, IV_BYTES);
  const c = createCipheriv("aes-256-gcm", cipher, iv);
  const body = Buffer.concat([c.update(profileId, "utf8"), c.final()]);
  return Buffer.concat([iv, body, c.getAuthTag()]).toString("base64url");
}

/** The profile id behind a reference, if one of these companies made it; otherwise null. */
export function profileIdFromRef(ref: string, companyIds: readonly string[]): string | null {
  if (!/^[A-Za-z0-9_-]{40,200}$/.test(ref)) return null;
  const raw = Buffer.from(ref, "base64url");
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  const { ivMac, cipher } = keys();
  const iv = raw.subarray(0, IV_BYTES);
  let profileId: string;
  try {
    const d = createDecipheriv("aes-256-gcm", cipher, iv);
    d.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    profileId = Buffer.concat([d.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), d.final()]).toString("utf8");
  } catch {
    return null;
  }
  return companyIds.some((companyId) => mac(ivMac, companyId, profileId).subarray(0, IV_BYTES).equals(iv)) ? profileId : null;
}
