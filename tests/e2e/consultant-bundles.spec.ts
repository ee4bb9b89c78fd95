import { expect, test } from "@playwright/test";
import { query } from "./db";
import { expectFitsPhoneWidth, expectNoAxeViolations, signInAs } from "./helpers";

// "Kombinér små job" on the demo citizen's file: Mette (8–12 h, weekday mornings, no heavy
// lifting) can hold the kindergarten's two mini-fleksjob (Monday–Tuesday and Wednesday mornings)
// together, as in Odense's kindergartens. Suggesting the bundle asks her about each job in one
// step, as a single suggestion does (SUGGESTED, not yet in the approval queue); a second click
// creates nothing.

const lunch = "Mini-fleksjob: frokost og oprydning";
const reading = "Mini-fleksjob: læse og lege med børnene";
const activities = "Hold af hjælpere til samvær og aktiviteter";

test("a consultant sees small jobs that fit together for a citizen and proposes them in one step", async ({ page, browser }) => {
  await signInAs(page, "CONSULTANT");
  await page.goto("/consultant/citizens/seed-citizen-demo");
  const section = page.getByRole("region", { name: "Kombinér små job" });
  const first = section.getByRole("region", { name: "Forslag 1: 2 job, 8 timer om ugen i alt" });
  await expect(first).toContainText(lunch);
  await expect(first).toContainText(reading);
  await expect(first).toContainText("4 + 4 t = 8 t/uge; kan arbejde 8–12 t/uge");
  await expect(first).toContainText("Jobbene ligger ikke på samme tid: man–ons formiddag");
  await expect(first).toContainText("Alle jobbene tager de hensyn, der skal til: ingen tunge løft");
  // The three small jobs fill her 12 hours; the activities job has free times, and Thursday and Friday mornings are still hers.
  await expect(section.getByRole("region", { name: "Forslag 2: 3 job, 12 timer om ugen i alt" })).toContainText(activities);
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  await first.getByRole("button", { name: "Foreslå alle 2 job til borgeren" }).click();
  await expect(section.getByText("De 2 job er foreslået. Borgeren har fået besked og kan svare under Mine match.", { exact: false })).toBeVisible();
  await expect(first.getByRole("listitem").filter({ hasText: lunch })).toContainText("Har allerede et match: Foreslået, venter på borgeren");
  await expect(page.getByRole("region", { name: "Match", exact: true })).toContainText(reading);

  await first.getByRole("button", { name: "Foreslå alle 2 job til borgeren" }).click();
  await expect(section.getByText("Alle jobbene havde allerede et match. Der er ikke oprettet noget nyt.")).toBeVisible();
  const matches = await query<{ title: string; status: string; origin: string }>(
    `SELECT o.title, m.status, m.origin FROM "Match" m JOIN "JobOpening" o ON o.id = m."openingId" WHERE m."citizenId" = 'seed-citizen-demo' AND o.title LIKE 'Mini-fleksjob:%' ORDER BY o.title`,
  );
  expect(matches).toEqual([
    { title: lunch, status: "SUGGESTED", origin: "CONSULTANT" },
    { title: reading, status: "SUGGESTED", origin: "CONSULTANT" },
  ]);
  await expectNoAxeViolations(page);

  // Mette is asked about each job on "Mine match", with the same yes/no as any suggestion.
  const citizen = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signInAs(citizen, "CITIZEN");
  await citizen.goto("/citizen/matches");
  for (const job of [lunch, reading]) {
    const item = citizen.getByRole("region", { name: job, exact: true });
    await expect(item.getByRole("heading", { name: "Jobcentret foreslår dette job til dig" })).toBeVisible();
    await expect(item.getByRole("button", { name: /^Ja, jeg er interesseret/ })).toBeVisible();
  }
  await expectNoAxeViolations(citizen);
  await citizen.context().close();
});
