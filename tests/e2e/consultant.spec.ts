import { expect, test } from "@playwright/test";
import { expectFitsPhoneWidth, expectNoAxeViolations, expectRefusedFrom, signInAs, signOut } from "./helpers";

test("a consultant signs in, sees their caseload, is refused elsewhere and signs out", async ({ page }) => {
  await signInAs(page, "CONSULTANT");
  const caseload = page.getByRole("table", { name: "Borgere, du er konsulent for" });
  await expect(caseload.getByRole("rowheader", { name: "Jens Mortensen" })).toBeVisible();
  await expect(caseload.getByRole("rowheader", { name: "Mette Hansen" })).toBeVisible();
  // Citizens of another consultant or municipality are not in this caseload.
  await expect(caseload.getByRole("rowheader", { name: "Karsten Vestergaard" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  await expectRefusedFrom(page, "/citizen");
  await expectRefusedFrom(page, "/employer");

  await page.goto("/consultant");
  await signOut(page);
});

test("a signed-out session cannot come back: /api/auth/session and pages refuse its old cookie", async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "CONSULTANT");
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toBeDefined();
  const cookie = `${session!.name}=${session!.value}`;
  expect(await (await request.get("/api/auth/session", { headers: { cookie } })).json()).toMatchObject({ user: { role: "CONSULTANT" } });

  await signOut(page);
  const after = await request.get("/api/auth/session", { headers: { cookie } });
  expect(await after.json()).toBeNull();
  // No fresh cookie for it: at most one that deletes it.
  for (const header of after.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie")) {
    expect(header.value).not.toMatch(/authjs\.session-token=[^;]/);
  }
  const pageAfter = await request.get("/consultant", { headers: { cookie }, maxRedirects: 0 });
  expect(pageAfter.status()).toBeGreaterThanOrEqual(300);
  expect(pageAfter.headers()["location"] ?? "").toContain("/sign-in");
  await context.close();
});
