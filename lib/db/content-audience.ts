import type { Actor } from "./audit";
import type { Audience, Prisma } from "./types";

// Who may see a municipality's published events and articles: citizens of that municipality what
// is meant for citizens, members of a company there what is meant for companies; "ALL" is both.
// One rule for lists, detail pages and sign-ups, so they always agree. Consultants manage content
// through lib/db/consultant-content.ts instead, so they get null (nothing) here.

type ContentScope = { municipality: Prisma.MunicipalityWhereInput; audience: { in: Audience[] } };

export function audienceScope(actor: Actor): ContentScope | null {
  if (actor.role === "CITIZEN") return { municipality: { citizens: { some: { userId: actor.id } } }, audience: { in: ["CITIZENS", "ALL"] } };
  if (actor.role === "EMPLOYER") return { municipality: { employers: { some: { members: { some: { userId: actor.id } } } } }, audience: { in: ["EMPLOYERS", "ALL"] } };
  return null;
}
