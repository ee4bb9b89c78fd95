// The messages the browser needs: only the namespaces that client components translate with
// useTranslations, and only in the part of the app where those components are. Passing every
// message to NextIntlClientProvider put about 100 KB of text into the payload of every page, which
// phones download and the server serialises on each request; one list for the whole app still
// sent the consultant's CSV texts with the sign-in page.
//
// The root layout passes EVERYWHERE (app/error.tsx and components/ui/action-form.tsx are on every
// page); each route group's layout passes EVERYWHERE plus its own list (a nested
// NextIntlClientProvider replaces its parent's messages, it does not add to them). Add a namespace
// here when a client component starts using it: tests/unit/i18n finds every client component,
// follows who imports it to the route groups it ends up in, and fails if one is missing.
export const EVERYWHERE = ["errors"] as const;

export const AREA_NAMESPACES = {
  public: ["signIn", "onboarding.invite"],
  citizen: ["profile.tags"],
  employer: ["profile.tags", "employerCompany.team"],
  consultant: ["consultantInvitations.csv", "consultantInvitations.link"],
} as const satisfies Record<string, readonly string[]>;

export type ClientArea = keyof typeof AREA_NAMESPACES;

/** Every namespace some page sends to the browser. */
export const CLIENT_NAMESPACES: readonly string[] = [...new Set([...EVERYWHERE, ...Object.values(AREA_NAMESPACES).flat()])];

/** The namespaces the pages of one route group send (EVERYWHERE included). */
export const areaNamespaces = (area: ClientArea): readonly string[] => [...EVERYWHERE, ...AREA_NAMESPACES[area]];

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
