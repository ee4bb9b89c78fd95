// The messages the browser needs: only the namespaces that client components translate with
// useTranslations. Passing every message to NextIntlClientProvider put about 100 KB of text into
// the payload of every page, which phones download and the server serialises on each request.
// Add a namespace here when a client component starts using it (tests/unit/i18n checks this).
export const CLIENT_NAMESPACES = ["errors", "signIn", "onboarding.invite", "profile.tags", "employerCompany.team", "consultantInvitations.csv", "consultantInvitations.link"] as const;

type Messages = Record<string, unknown>;

/** The subset of `messages` at the given dotted paths, keeping the nesting. */
export function pickMessages(messages: Messages, paths: readonly string[] = CLIENT_NAMESPACES): Messages {
  const out: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const k of keys) from = from && typeof from === "object" ? (from as Messages)[k] : undefined;
    if (from === undefined) continue;
    let to = out;
    keys.slice(0, -1).forEach((k) => (to = (to[k] ??= {}) as Messages));
    to[keys[keys.length - 1]!] = from;
  }
  return out;
}
