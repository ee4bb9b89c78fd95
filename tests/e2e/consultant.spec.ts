import { expect, test } from "@playwright/test";
import { expectActiveStatesReadable, expectFitsPhoneWidth, expectNoAxeViolations, expectRefusedFrom, signInAs, signOut } from "./helpers";
import { messageNamespaces, rawTokens, schemaEnumValues } from "./raw-text";

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

test("a NUL byte in a search and an oversized form get the page's own answers, not the error page", async ({ page }) => {
  await signInAs(page, "CONSULTANT");
  const search = await page.goto("/consultant?scope=all&q=Mette%00");
  expect(search?.status()).toBe(200);
  await expect(page.getByRole("table", { name: "Borgere i kommunen" }).getByRole("rowheader", { name: "Mette Hansen" })).toBeVisible();

  await page.goto("/consultant/articles/new");
  await page.getByLabel("Titel", { exact: true }).fill("En meget lang artikel");
  // More than a server action may carry (1 MB): only pasted or forged text gets here.
  await page.locator("textarea[name=body]").evaluate((el: HTMLTextAreaElement) => {
    el.value = "x".repeat(1_200_000);
  });
  await page.getByRole("button", { name: /Gem/ }).first().click();
  await expect(page.getByText("Det, du har skrevet, er for langt til at blive gemt. Gør teksten kortere, og prøv igen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Noget gik galt");
});

test("the chosen filter, stage and tab stand out from their background (contrast ≥ 4,5), which axe did not check", async ({ page }) => {
  await signInAs(page, "CONSULTANT");
  for (const path of ["/consultant/pipeline", "/consultant/pipeline?scope=mine&stage=ended", "/consultant/companies", "/consultant/companies?scope=mine"]) {
    await page.goto(path);
    // The chosen filter, and on the pipeline the chosen stage too (and whatever else is current).
    expect(await expectActiveStatesReadable(page), path).toBeGreaterThanOrEqual(path.includes("pipeline") ? 2 : 1);
  }
  await page.goto("/consultant/pipeline");
  await expect(page.getByRole("link", { name: "Hele kommunen" })).toHaveAttribute("aria-current", "page");
});

test("the citizen file says in words what the app recorded: no raw code in the history", async ({ page }) => {
  await signInAs(page, "CONSULTANT");
  // The demo citizen's own interest in a job (seed-match-2) is recorded with the marker "citizen_interest".
  await page.goto("/consultant/citizens/seed-citizen-demo");
  await expect(page.getByText("Borgeren har meldt sig interesseret i jobbet.").first()).toBeVisible();
  const text = await page.locator("body").innerText();
  expect(rawTokens(text, { namespaces: messageNamespaces(), enumValues: schemaEnumValues() })).toEqual([]);
});
