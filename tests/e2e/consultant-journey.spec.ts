import { expect, test, type Page } from "@playwright/test";
import { query } from "./db";
import { expectFitsPhoneWidth, expectNoAxeViolations, signIn, signInAs } from "./helpers";

// Issue 6's acceptance: a consultant invites a citizen, approves an employer's contact request
// with the explanation in view, records a praktik and a follow-up, marks the hire, and sees the
// dashboard change. The seeded request (seed-match-3) is Gentofte Boligadministration's interest
// in Jens Mortensen, the 15-hour administrator.

const job = "Struktureret administration og journalisering";
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** This month's hires on the results page; null until the worker has made the first snapshot. */
async function hiresThisMonth(page: Page): Promise<number | null> {
  await page.goto("/consultant/results");
  const table = page.getByRole("table", { name: "Ansættelser og praktikstarter pr. måned", includeHidden: true });
  if ((await table.count()) === 0) return null;
  return Number(await table.locator("tbody tr").last().locator("td").first().textContent());
}

test("a consultant invites, approves with the explanation, records praktik and follow-up, hires, and the dashboard changes", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInAs(page, "CONSULTANT");
  // The figures are the worker's snapshot (ADR 011): it makes the first one when it starts.
  await expect.poll(() => hiresThisMonth(page), { timeout: 30_000 }).not.toBeNull();
  const hiresBefore = (await hiresThisMonth(page))!;
  await expect(page.getByText(/^Tal pr\. /)).toBeVisible();
  await expectNoAxeViolations(page);

  // 1. Invite a citizen (e-mail is off in the tests, so the link is shown to pass on).
  await page.getByRole("link", { name: "Invitationer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitationer");
  const email = `inviteret-${Date.now().toString(36)}@demo.refleks.dk`;
  await page.getByLabel("Navn", { exact: true }).fill("Ida Inviteret");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`${email} er inviteret.`, { exact: false })).toBeVisible();
  await expect(page.getByLabel("Invitationslink").first()).toHaveValue(/\/invite\//);
  await expect(page.getByRole("main")).toContainText("Venter på svar");
  await expectNoAxeViolations(page);

  // 2. Approve the employer's contact request with the engine's explanation visible.
  await page.getByRole("link", { name: "Match til godkendelse" }).click();
  const card = page.getByRole("region").filter({ hasText: job }).filter({ hasText: "Jens Mortensen" });
  await expect(card).toContainText("Virksomheden har bedt om kontakt");
  await expect(card).toContainText("Det taler for:");
  // Negatives are never listed as speaking for the match (the same classification as elsewhere).
  await expect(card.getByRole("list", { name: "Det taler for:" })).not.toContainText(/tilbydes ikke|Har 0 af/);
  await expect(card).toContainText("Venter siden");
  await card.getByRole("button", { name: /Godkend/ }).click();
  await expect(page.getByText("Matchet er godkendt. Borgeren bliver spurgt, om virksomheden må få kontaktoplysningerne.")).toBeVisible();
  // Decided: the card says when, not how long it has waited.
  await expect(card).toContainText("Godkendt den");
  await expect(card).not.toContainText("Venter siden");

  // The citizen says yes (praktik needs the citizen's consent to contact).
  const citizen = await (await browser.newContext()).newPage();
  await signIn(citizen, "historie1@demo.refleks.dk");
  await expect(citizen).toHaveURL(/\/citizen$/);
  await citizen.goto("/citizen/matches");
  const request = citizen.getByRole("region", { name: "Venter på dit svar" }).getByRole("region").filter({ hasText: job });
  await request.getByLabel(/kan se mit navn, min e-mail og mit telefonnummer/).check();
  await request.getByRole("button", { name: /Ja, del mine kontaktoplysninger/ }).click();
  await expect(citizen.getByText("Tak for dit svar. Virksomheden kan nu se dine kontaktoplysninger.")).toBeVisible();

  // 3. Praktik with follow-ups halfway and at the end; one follow-up is recorded.
  await page.getByRole("link", { name: "Forløb" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forløb");
  await expectNoAxeViolations(page);
  // The board lists; each placement's forms are on its own page.
  await page.getByRole("link", { name: `Jens Mortensen – ${job}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Jens Mortensen – ${job}`);
  const placement = () => page.getByRole("heading", { name: `Jens Mortensen – ${job}` }).locator("xpath=ancestor::section[1]");
  const section = (summary: string) => placement().locator("details").filter({ has: page.locator("summary", { hasText: summary }) }).first();
  const praktik = section("Start praktik");
  await praktik.locator("summary").first().click();
  await praktik.getByLabel("Første dag").fill(today());
  await praktik.getByLabel("Sidste dag").fill(inDays(84));
  await praktik.getByLabel("Timer om ugen").fill("8");
  await praktik.getByLabel("Plan for opstart").fill("2×2 t i 4 uger, derefter 2×4 t");
  await praktik.getByRole("button", { name: /Start praktik/ }).click();
  await expect(page.getByText("Praktikken er startet. Vi har lagt opfølgninger ind halvvejs og på sidste dag.")).toBeVisible();
  const followUps = section("Opfølgninger (2)");
  await followUps.locator("summary").first().click();
  await followUps.getByLabel("Hvad kom der ud af opfølgningen?").first().fill("Godt i gang. Vil gerne op på 3 dage.");
  await followUps.getByRole("button", { name: /Markér som gjort/ }).first().click();
  await expect(page.getByText("Opfølgningen er markeret som gjort.")).toBeVisible();
  await expectNoAxeViolations(page);

  // 4. Hire, with check-ins at 1, 3 and 6 months.
  const hire = section("Ansæt");
  await hire.locator("summary").first().click();
  await hire.getByLabel("Første dag").fill(today());
  await hire.getByLabel("Timer om ugen").fill("12");
  await hire.getByRole("button", { name: /Gem ansættelse/ }).click();
  await expect(page.getByText("Ansættelsen er gemt. Vi har lagt opfølgninger ind efter 1, 3 og 6 måneder.")).toBeVisible();

  // 5. The dashboard counts the hire: the hire asked for new figures, the worker computed them.
  await expect.poll(() => hiresThisMonth(page), { timeout: 30_000 }).toBe(hiresBefore + 1);
  await expectFitsPhoneWidth(page);
  const [hired] = await query<{ status: string; profileStatus: string }>(
    `SELECT ma.status, p.status AS "profileStatus" FROM "Match" ma JOIN "CitizenProfile" p ON p.id = ma."citizenId" WHERE ma.id = 'seed-match-3'`,
  );
  expect(hired).toEqual({ status: "HIRED", profileStatus: "PLACED" });
});

test("every consultant page passes axe and fits a phone", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, "CONSULTANT");
  const [citizen] = await query<{ id: string }>(`SELECT id FROM "CitizenProfile" WHERE id = 'seed-citizen-demo'`);
  const [company] = await query<{ id: string }>(`SELECT id FROM "Employer" WHERE name = 'OK-Fonden Plejehjem Gentofte'`);
  for (const path of ["/consultant", `/consultant/citizens/${citizen!.id}`, "/consultant/queue", "/consultant/invitations", "/consultant/companies", `/consultant/companies/${company!.id}`, "/consultant/events", "/consultant/events/new", "/consultant/events/seed-event-1", "/consultant/articles", "/consultant/articles/new", "/consultant/articles/seed-article-1", "/consultant/results", "/consultant/pipeline", "/consultant/pipeline?scope=all&stage=ended"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectNoAxeViolations(page);
    await expectFitsPhoneWidth(page);
  }
  // Odense's things are not Gentofte's consultant's.
  expect((await page.goto("/consultant/events/seed-event-3"))?.status()).toBe(404);
  expect((await page.goto("/consultant/articles/seed-article-3"))?.status()).toBe(404);
});
