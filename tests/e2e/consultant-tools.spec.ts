import { expect, test } from "@playwright/test";
import { query } from "./db";
import { account, expectFitsPhoneWidth, expectNoAxeViolations, signIn, signInAs } from "./helpers";

// The consultant's own tools on the demo citizen's file: she proposes a job from the chooser,
// the citizen (in a second browser) says she is interested, and the match waits in the approval
// queue with the decision form on its own page. And a note in the journal.

const citizenId = "seed-citizen-demo";

test("a consultant proposes a job, the citizen says she is interested, and it waits in the queue", async ({ page, browser }) => {
  // Two sign-ins and five accessibility scans of long pages.
  test.setTimeout(180_000);
  await signInAs(page, "CONSULTANT");
  await page.goto(`/consultant/citizens/${citizenId}`);
  await page.getByRole("region", { name: "Dine værktøjer" }).getByRole("link", { name: "Vælg et job at foreslå" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Foreslå et job til");
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  // The best-ranked job she has no match with yet (other tests may have proposed some).
  const job = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Foreslå jobbet/ }) }).first();
  const title = (await job.getByRole("heading", { level: 2 }).textContent())!.trim();
  await job.getByRole("button", { name: /^Foreslå jobbet/ }).click();
  await expect(page.getByText("Jobbet er foreslået. Borgeren har fået besked og kan svare under Mine match.")).toBeVisible();
  const [match] = await query<{ id: string; status: string; origin: string }>(
    `SELECT m.id, m.status, m.origin FROM "Match" m JOIN "JobOpening" o ON o.id = m."openingId" WHERE m."citizenId" = $1 AND o.title = $2`,
    [citizenId, title],
  );
  expect(match).toMatchObject({ status: "SUGGESTED", origin: "CONSULTANT" });

  const citizenContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const citizen = await citizenContext.newPage();
  await signIn(citizen, account("CITIZEN").email);
  await expect(citizen).toHaveURL(/\/citizen$/);
  await citizen.goto("/citizen/matches");
  const item = citizen.getByRole("region", { name: title, exact: true });
  await expect(item).toContainText("Jobcentret foreslår dette job til dig");
  await expectNoAxeViolations(citizen);
  await item.getByRole("button", { name: /^Ja, jeg er interesseret/ }).click();
  await expect(item.getByText("Tak. Jobcentret ser på det og giver dig besked.")).toBeVisible();
  await citizenContext.close();

  await page.goto(`/consultant/queue/${match!.id}`);
  await expect(page.getByText("Venter på en beslutning")).toBeVisible();
  const decide = page.getByRole("region", { name: "Godkend eller afvis" });
  await expect(decide.getByRole("button", { name: /^Godkend/ })).toBeVisible();
  await expect(decide.getByLabel("Begrundelse", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);
  const [waiting] = await query<{ status: string }>(`SELECT status FROM "Match" WHERE id = $1`, [match!.id]);
  expect(waiting).toEqual({ status: "PROPOSED" });
});

test("a consultant writes a note in the citizen's journal", async ({ page }) => {
  // The file is the longest consultant page; two accessibility scans of it.
  test.setTimeout(90_000);
  await signInAs(page, "CONSULTANT");
  await page.goto(`/consultant/citizens/${citizenId}`);
  const journal = page.getByRole("region", { name: "Journal" });
  const text = `Telefonsamtale om arbejdstider ${Date.now()}`;
  await journal.getByLabel("Ny note").fill(text);
  await journal.getByRole("button", { name: "Gem noten" }).click();
  await expect(journal.getByText("Noten er gemt.")).toBeVisible();
  await expect(journal.getByRole("list", { name: "Noter, nyeste først" }).getByRole("listitem").first()).toContainText(text);
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);
});
