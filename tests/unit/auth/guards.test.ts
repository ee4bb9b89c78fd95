import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/db/users";

// Guards are tested against their collaborators' contracts: Auth.js' auth(), the user lookup,
// and Next's redirect()/forbidden(), which interrupt rendering by throwing.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: string } } }));
const users = vi.hoisted(() => new Map<string, SessionUser>());
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));

vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("@/lib/db/users", () => ({ findSessionUser: async (id: string) => users.get(id) ?? null }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
  forbidden: () => {
    throw new Error("FORBIDDEN");
  },
}));

const { requireRole, requireUser } = await import("@/lib/auth/guards");

const citizen: SessionUser = { id: "u1", email: "a@b.dk", name: "A", role: "CITIZEN", locale: "da", municipalityId: null };

describe("guards", () => {
  beforeEach(() => {
    session.current = null;
    requestHeaders.current = new Headers();
    users.clear();
    users.set(citizen.id, citizen);
  });

  it("sends anonymous visitors to sign-in", async () => {
    await expect(requireUser()).rejects.toThrow("REDIRECT /sign-in");
  });

  it("sends a refused session back to sign-in with the way back to the page, if it is a local path", async () => {
    session.current = { user: { id: "gone", role: "CITIZEN" } };
    requestHeaders.current = new Headers({ "x-refleks-path": "/citizen/jobs?page=2" });
    await expect(requireUser()).rejects.toThrow("REDIRECT /sign-in?callbackUrl=%2Fcitizen%2Fjobs%3Fpage%3D2");
    requestHeaders.current = new Headers({ "x-refleks-path": "//evil.example" });
    await expect(requireUser()).rejects.toThrow(/^REDIRECT \/sign-in$/);
  });

  it("returns the user for their own role", async () => {
    session.current = { user: { id: "u1", role: "CITIZEN" } };
    await expect(requireRole("CITIZEN")).resolves.toMatchObject({ id: "u1", role: "CITIZEN" });
  });

  it("refuses another role's area with 403", async () => {
    session.current = { user: { id: "u1", role: "CITIZEN" } };
    await expect(requireRole("EMPLOYER")).rejects.toThrow("FORBIDDEN");
    await expect(requireRole("CONSULTANT")).rejects.toThrow("FORBIDDEN");
    await expect(requireRole("EMPLOYER", "CONSULTANT")).rejects.toThrow("FORBIDDEN");
  });

  it("treats a deleted user with a still-valid session as signed out", async () => {
    session.current = { user: { id: "gone", role: "CITIZEN" } };
    await expect(requireRole("CITIZEN")).rejects.toThrow("REDIRECT /sign-in");
  });

  it("treats a session whose role no longer matches the database as signed out", async () => {
    session.current = { user: { id: "u1", role: "CONSULTANT" } };
    await expect(requireRole("CONSULTANT")).rejects.toThrow("REDIRECT /sign-in");
  });
});
