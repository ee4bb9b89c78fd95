/** Only same-site paths are allowed after sign-in (no open redirects). */
export function safeCallbackUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  if (value.startsWith("/sign-in") || value.startsWith("/api/")) return undefined;
  return value;
}

/** Request header set by proxy.ts on role areas: the path the visitor asked for. */
export const PATH_HEADER = "x-refleks-path";
