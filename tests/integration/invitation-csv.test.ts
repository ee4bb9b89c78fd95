import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inviteCitizenAction, inviteCsvAction } from "@/app/(consultant)/consultant/invitations/actions";
import type { CsvReportData } from "@/app/(consultant)/consultant/invitations/result-types";
import { initialActionResult, type ActionResult } from "@/lib/actions/result";
import { prisma } from "@/lib/db/client";
import { findOpenInvitation } from "@/lib/db/invitations";
import { configureSmtpUrl } from "@/lib/mail/transport";
import { session } from "./action-stand-ins";
import { createConsultant, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// A list that names someone whose invitation is still waiting re-issues it: a new token and expiry,
// so the link she may already have stops working. The consultant is told so, row by row.

vi.mock("@/lib/auth/guards", async () => (await import("./action-stand-ins")).guards);
vi.mock("next/cache", async () => (await import("./action-stand-ins")).cache);
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: "https://refleks.test" }) }));
vi.mock("next-intl/server", async () => (await import("./action-stand-ins")).danishTranslations());

const p = uniquePrefix("csv");
const mail = (label: string) => `${p}-${label}@test.dk`;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** The token at the end of a link the action returned (e-mail is off in these tests). */
const tokenOf = (link: string | undefined) => link?.split("/invite/")[1] ?? "";

beforeAll(async () => {
  const m = await createMunicipality(prisma, p);
  const consultant = await createConsultant(prisma, `${p}-k`, m.code);
  session.user = await prisma.user.findUniqueOrThrow({ where: { id: consultant.id }, select: { id: true, email: true, name: true, role: true, locale: true, municipalityId: true } });
  configureSmtpUrl(undefined);
});

afterAll(async () => {
  configureSmtpUrl(null);
  await prisma.$disconnect();
});

describe("a CSV list with someone already invited", () => {
  it("reports the row as already invited (sent again), and her old link stops working", async () => {
    const first = (await inviteCitizenAction(initialActionResult, form({ name: "Anne", email: mail("anne") }))) as ActionResult<{ link: string }>;
    const oldToken = tokenOf(first.ok ? first.data?.link : undefined);
    expect((await findOpenInvitation(oldToken, new Date())).state).toBe("open");

    const csv = ["navn;e-mail", `Bo;${mail("bo")}`, `Anne;${mail("Anne")}`, "Uden mail;"].join("\n");
    const result = (await inviteCsvAction(initialActionResult, form({ csv }))) as ActionResult<CsvReportData>;
    expect(result).toMatchObject({
      ok: true,
      message: "1 inviteret, 1 allerede inviteret (sendt igen), 1 sprunget over. Det gamle link virker ikke længere.",
      data: { reissued: [{ line: 3, name: "Anne", email: mail("anne") }], skipped: [{ line: 4, reason: "e-mailen er ikke gyldig" }] },
    });

    const data = result.ok ? result.data : undefined;
    const newToken = tokenOf(data?.links.find((l) => l.email === mail("anne"))?.link);
    expect(newToken).not.toBe(oldToken);
    expect((await findOpenInvitation(oldToken, new Date())).state).not.toBe("open");
    expect((await findOpenInvitation(newToken, new Date())).state).toBe("open");
  });

  it("says nothing of re-issuing for a list of new addresses", async () => {
    const result = await inviteCsvAction(initialActionResult, form({ csv: `Carl;${mail("carl")}\nDorte;${mail("dorte")}` }));
    expect(result).toMatchObject({ ok: true, message: "2 inviteret, 0 sprunget over.", data: { reissued: [] } });
  });
});
