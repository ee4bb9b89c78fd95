// Requests that are refused before any page or action runs, with a defined status instead of
// the 500 that Next.js or PostgreSQL would otherwise end in (proxy.ts).

/** What reads request headers: a `Headers` object. */
interface HeaderSource {
  get(name: string): string | null;
}

const CONTROL = /[\u0000-\u001F\u007F]/;

/**
 * 400 for a path that is not valid percent-encoded UTF-8 (Next.js failed decoding it), 404 for a
 * path with control characters once decoded (no route has them; a NUL byte reached PostgreSQL
 * as an id), 403 for a server action posted from another origin (Next.js refuses it by
 * throwing, which was a 500). Null: let the request through.
 */
export function refusedStatus(method: string, pathname: string, headers: HeaderSource): 400 | 403 | 404 | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 400;
  }
  if (CONTROL.test(decoded)) return 404;
  if (method === "POST" && headers.get("next-action") !== null && crossOrigin(headers)) return 403;
  return null;
}

/** Next.js' own rule for server actions: the Origin's host must be the (forwarded) host. */
function crossOrigin(headers: HeaderSource): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]?.trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true;
  }
}
