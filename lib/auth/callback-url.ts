// Where to go after sign-in: only a path on this site (no open redirects). Browsers are lenient
// with URLs: they drop tabs and newlines, read "\" as "/", and so "/\t/evil.example" or "/\evil"
// become "//evil.example", another site. So the value is refused if it holds any control
// character, whitespace or backslash, must start with exactly one "/", and must still be on our
// origin when the URL parser resolves it. What is returned is the parsed path, never the input.

/** A fixed origin to resolve against: only whether the result stays on it matters. */
const BASE = "http://refleks.invalid";

// C0 and C1 controls, every Unicode space and zero-width character, the byte order mark, and "\".
const UNSAFE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/;

/** A same-site path after sign-in, or undefined for anything else. */
export function safeCallbackUrl(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return undefined;
  if (UNSAFE.test(value) || !value.startsWith("/") || value.startsWith("//")) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Back to sign-in would loop, and the auth API is not a page.
  if (path.startsWith("/sign-in") || path.startsWith("/api/") || path.startsWith("//")) return undefined;
  return path;
}

/** Request header set by proxy.ts on role areas: the path the visitor asked for. */
export const PATH_HEADER = "x-refleks-path";
