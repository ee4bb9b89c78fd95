import { prisma } from "./client";
import type { Actor } from "./audit";
import type { Role } from "./types";

// "My data": the citizen's right to see, take and erase what the platform holds about them.
// Everything here is scoped to the acting citizen's own user id; other roles get nothing.

const PROFILE = "CitizenProfile";
const CLOSED_MATCH = ["REJECTED", "CITIZEN_DECLINED", "ENDED"] as const;

export type ProfileView = {
  id: string;
  at: Date;
  action: string;
  viewerRole: Role | null;
  /** A consultant's name or an employer user's company name(s); null when the viewer is gone. */
  viewer: string | null;
};

type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  actorRole: Role | null;
  actor: { role: Role; name: string; employerMembers: { employer: { name: string } }[] } | null;
};

// An employer user is shown by their company, never by their own name or e-mail.
function toView(row: AuditRow): ProfileView {
  let viewer: string | null = null;
  if (row.actor?.role === "EMPLOYER") {
    const companies = row.actor.employerMembers.map((m) => m.employer.name);
    viewer = companies.length ? companies.join(", ") : null;
  } else if (row.actor) {
    viewer = row.actor.name;
  }
  return { id: row.id, at: row.createdAt, action: row.action, viewerRole: row.actorRole, viewer };
}

async function viewsOf(profileId: string, take?: number): Promise<ProfileView[]> {
  const rows = await prisma.auditEvent.findMany({
    where: { subjectType: PROFILE, subjectIds: { has: profileId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      createdAt: true,
      action: true,
      actorRole: true,
      actor: {
        select: {
          role: true,
          name: true,
          employerMembers: { select: { employer: { select: { name: true } } }, orderBy: { employer: { name: "asc" } } },
        },
      },
    },
  });
  return rows.map(toView);
}

async function ownProfileId(actor: Actor): Promise<string | null> {
  if (actor.role !== "CITIZEN") return null;
  const profile = await prisma.citizenProfile.findFirst({
    where: { user: { id: actor.id, role: "CITIZEN" } },
    select: { id: true },
  });
  return profile?.id ?? null;
}

/** Who has read the citizen's own profile (from the audit log), newest first. */
export async function listProfileViews(actor: Actor, { take = 100 }: { take?: number } = {}): Promise<ProfileView[]> {
  const profileId = await ownProfileId(actor);
  return profileId ? viewsOf(profileId, take) : [];
}

// Dates become ISO strings so the export is plain JSON with the same shape as on screen.
type Plain<T> = T extends Date ? string : T extends (infer U)[] ? Plain<U>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
function plain<T>(value: T): Plain<T> {
  return JSON.parse(JSON.stringify(value)) as Plain<T>;
}

/**
 * Everything held about the acting citizen, for download. Never secrets (password or token
 * hashes) and never other people's e-mail addresses.
 */
export async function exportOwnData(actor: Actor, now: Date) {
  if (actor.role !== "CITIZEN") return null;
  const user = await prisma.user.findFirst({
    where: { id: actor.id, role: "CITIZEN" },
    select: {
      name: true,
      email: true,
      phone: true,
      locale: true,
      createdAt: true,
      lastLoginAt: true,
      identities: { select: { provider: true }, orderBy: { createdAt: "asc" } },
      invitation: { select: { email: true, createdAt: true, acceptedAt: true } },
      notifications: { select: { type: true, data: true, createdAt: true, readAt: true, emailedAt: true }, orderBy: { createdAt: "asc" } },
      eventSignups: {
        select: { createdAt: true, event: { select: { title: true, startsAt: true, endsAt: true, location: true } } },
        orderBy: { createdAt: "asc" },
      },
      citizenProfile: {
        include: {
          municipality: { select: { name: true } },
          consultant: { select: { name: true } },
          experience: { orderBy: { sortOrder: "asc" } },
          education: { orderBy: { sortOrder: "asc" } },
          needs: { orderBy: { code: "asc" } },
        },
      },
    },
  });
  if (!user) return null;
  const { citizenProfile: profile, identities, invitation, notifications, eventSignups, ...account } = user;
  const matches = await prisma.match.findMany({
    where: { citizen: { user: { id: actor.id, role: "CITIZEN" } } },
    select: {
      status: true,
      origin: true,
      score: true,
      decisionNote: true,
      contactRequest: true,
      revealedAt: true,
      createdAt: true,
      updatedAt: true,
      opening: { select: { title: true, employer: { select: { name: true } } } },
      events: { select: { createdAt: true, fromStatus: true, toStatus: true }, orderBy: { createdAt: "asc" } },
    },
    orderBy: { createdAt: "asc" },
  });
  const views = profile ? await viewsOf(profile.id) : [];
  // The job centre's journal on her (case-notes.ts): the law gives her access to it. Authors by
  // name, as consultants are public officials acting in their role.
  const caseNotes = profile
    ? await prisma.caseNote.findMany({
        where: { citizenId: profile.id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { createdAt: true, body: true, author: { select: { name: true } } },
      })
    : [];
  const dialog = await prisma.dialogMessage.findMany({
    where: { thread: { citizen: { user: { id: actor.id, role: "CITIZEN" } } } },
    select: { createdAt: true, fromCitizen: true, body: true, author: { select: { name: true } }, match: { select: { opening: { select: { title: true } } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return plain({
    exportedAt: now,
    account,
    profile,
    matches: matches.map(({ opening, events, ...m }) => ({
      openingTitle: opening.title,
      companyName: opening.employer.name,
      ...m,
      history: events.map((e) => ({ at: e.createdAt, fromStatus: e.fromStatus, toStatus: e.toStatus })),
    })),
    notifications,
    // Her dialog with the job centre; consultants by name only, as she sees them on the page.
    dialog: dialog.map((m) => ({ at: m.createdAt, from: m.fromCitizen ? "citizen" : "jobcentre", author: m.author?.name ?? null, body: m.body, aboutJob: m.match?.opening.title ?? null })),
    eventSignups: eventSignups.map((s) => ({ signedUpAt: s.createdAt, ...s.event })),
    invitation,
    identities: identities.map((i) => i.provider),
    caseNotes: caseNotes.map((n) => ({ at: n.createdAt, author: n.author?.name ?? "unknown", body: n.body })),
    profileViews: views.map((v) => ({ at: v.at, action: v.action, viewerRole: v.viewerRole, viewer: v.viewer ?? "unknown" })),
  });
}

export type OwnDataExport = NonNullable<Awaited<ReturnType<typeof exportOwnData>>>;

/**
 * Deletes the acting citizen's account and, by cascade, their profile, matches, notifications,
 * sign-ups and identities. Earlier audit events stay (they hold only ids), plus one event that
 * records the deletion itself, without any profile content.
 */
export async function deleteOwnAccount(actor: Actor, now: Date): Promise<boolean> {
  if (actor.role !== "CITIZEN") return false;
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: actor.id, role: "CITIZEN" },
      select: { id: true, citizenProfile: { select: { id: true } } },
    });
    if (!user) return false;
    const profileId = user.citizenProfile?.id;
    if (profileId) {
      await tx.auditEvent.create({
        data: { actorId: null, actorRole: "CITIZEN", action: "citizen.profile.deleted", subjectType: PROFILE, subjectId: profileId, createdAt: now },
      });
    }
    // The accepted invitation holds the citizen's name and e-mail; it goes with the account.
    await tx.invitation.deleteMany({ where: { userId: user.id } });
    const { count } = await tx.user.deleteMany({ where: { id: user.id, role: "CITIZEN" } });
    return count === 1;
  });
}

/** How many of the citizen's matches are still under way (for the deletion warning). */
export async function countActiveMatches(actor: Actor): Promise<number> {
  if (actor.role !== "CITIZEN") return 0;
  return prisma.match.count({
    where: { citizen: { user: { id: actor.id, role: "CITIZEN" } }, status: { notIn: [...CLOSED_MATCH] } },
  });
}
