import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Role } from "@/lib/db/types";
import { renderDigestEmail } from "@/lib/mail/digest-email";
import { inboxPath } from "@/lib/notifications/links";

const root = path.resolve(import.meta.dirname, "../../..");
const roles = [Role.CITIZEN, Role.EMPLOYER, Role.CONSULTANT] as const;

describe("inboxPath", () => {
  it.each(roles)("is a page of the %s's own area", (role) => {
    const area = role.toLowerCase();
    expect(inboxPath(role)).toBe(`/${area}/notifications`);
    expect(existsSync(path.join(root, `app/(${area})${inboxPath(role)}/page.tsx`))).toBe(true);
  });

  it("sends an admin, who has no inbox, to the front page", () => {
    expect(inboxPath(Role.ADMIN)).toBe("/");
  });

  it.each(roles)("is where the daily digest to a %s links to", (role) => {
    const mail = renderDigestEmail([], { id: "u1", email: "a@example.test", locale: "da", role }, "https://refleks.test");
    expect(mail.text).toContain(`https://refleks.test${inboxPath(role)}\n`);
  });
});
