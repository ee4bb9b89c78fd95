import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (memory 19 MiB, 2 iterations), as OWASP recommends.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A fixed hash checked when the e-mail is unknown, so timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-real-password-used-for-timing-only");
  return dummyHash.then((h) => verifyPassword(h, password));
}
