import type { NotificationType, Role } from "@/lib/db/types";

// Where a notification leads, per role: each role's own page for what the notification is about,
// and each role's inbox ("Nyt til dig"), which the daily digest e-mail links to.

export type LinkTarget = { href: string; label: "opening" | "match" | "events" | "employerMatch" | "consultantMatch" | "pipeline" | "dialog" };

type Linkable = { type: NotificationType; matchId: string | null; openingId: string | null; data?: unknown };

const enc = encodeURIComponent;

/** The role's inbox, /<role>/notifications; an admin has none, so the front page. */
export function inboxPath(role: Role): string {
  return role === "ADMIN" ? "/" : `/${role.toLowerCase()}/notifications`;
}

function citizenLink(n: Linkable): LinkTarget | null {
  if (n.type === "EVENT_REMINDER") return { href: "/citizen/events", label: "events" };
  if (n.matchId) return { href: "/citizen/matches", label: "match" };
  if (n.openingId) return { href: `/citizen/jobs/${enc(n.openingId)}`, label: "opening" };
  return null;
}

function employerLink(n: Linkable): LinkTarget | null {
  if (n.type === "EVENT_REMINDER") return { href: "/employer/events", label: "events" };
  if (n.matchId) return { href: `/employer/matches/${enc(n.matchId)}`, label: "employerMatch" };
  if (n.openingId) return { href: `/employer/openings/${enc(n.openingId)}`, label: "opening" };
  return null;
}

/** Answers and follow-ups belong to the placement; everything else about a match to its page with the thread. */
function consultantLink(n: Linkable): LinkTarget | null {
  if (!n.matchId) return null;
  if (n.type === "FOLLOW_UP_DUE" || n.type === "CITIZEN_ANSWER") return { href: `/consultant/pipeline/${enc(n.matchId)}`, label: "pipeline" };
  return { href: `/consultant/queue/${enc(n.matchId)}`, label: "consultantMatch" };
}

/** A dialog message leads to the citizen's thread: her own page, or the thread on her file for the job centre. */
function dialogLink(n: Linkable, role: Role): LinkTarget | null {
  if (role === "CITIZEN") return { href: "/citizen/dialog", label: "dialog" };
  const data = typeof n.data === "object" && n.data !== null ? (n.data as Record<string, unknown>) : {};
  const profileId = typeof data.profileId === "string" ? data.profileId : "";
  return role === "CONSULTANT" && profileId ? { href: `/consultant/citizens/${enc(profileId)}/dialog`, label: "dialog" } : null;
}

export function notificationLink(n: Linkable, role: Role): LinkTarget | null {
  if (n.type === "DIALOG_MESSAGE") return dialogLink(n, role);
  if (role === "CITIZEN") return citizenLink(n);
  if (role === "EMPLOYER") return employerLink(n);
  if (role === "CONSULTANT") return consultantLink(n);
  return null;
}
