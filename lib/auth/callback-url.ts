/** Only same-site paths are allowed after sign-in (no open redirects). */
export function safeCallbackUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  if (value.startsWith("/sign-in") || value.startsWith("/api/")) return undefined;
  return value;
}
