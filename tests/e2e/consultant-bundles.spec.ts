import { expect, test } from "@playwright/test";
import { query } from "./db";
import { expectFitsPhoneWidth, expectNoAxeViolations, signInAs } from "./helpers";

// "Kombinér små job" on the demo citizen's file: Mette (8–12 h, weekday mornings, no heavy
// lifting) can hold the kindergarten's two mini-fleksjob (Monday–Tuesday and Wednesday mornings)
// together, as in Odense's kindergartens. Proposing the bundle creates a match for each job in one
// step; a second click creates nothing.

const lunch = "Mini-fleksjob: frokost og oprydning";
const reading = "Mini-fleksjob: læse og lege med børnene";
const activities = "Hold af hjælpere til samvær og aktiviteter";

test("a consultant sees small jobs that fit together for a citizen and proposes them in one step", async ({ page }) => {
  await signInAs(page, "CONSULTANT");
  await page.goto("/consultant/citizens/seed-citizen-demo");
  const section = page.getByRole("region", { name: "Kombinér små job" });
  const first = section.getByRole("region", { name: "Forslag 1: 2 job, 8 timer om ugen i alt" });
  await expect(first).toContainText(lunch);
  await expect(first).toContainText(reading);
  await expect(first).toContainText("4 + 4 t = 8 t/uge; kan arbejde 8–12 t/uge");
  await expect(first).toContainText("Jobbene ligger ikke på samme tid: man, tir og ons formiddag");
  await expect(first).toContainText("Alle jobbene tager de hensyn, der skal til: ingen tunge løft");
  // The three small jobs fill her 12 hours; the activities job has free times, and Thursday and Friday mornings are still hers.
  await expect(section.getByRole("region", { name: "Forslag 2: 3 job, 12 timer om ugen i alt" })).toContainText(activities);
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  await first.getByRole("button", { name: "Opret match for alle 2 job" }).click();
  await expect(section.getByText("Der er oprettet et match for hvert af de 2 job. Du finder dem under Match til godkendelse.")).toBeVisible();
  await expect(first.getByRole("listitem").filter({ hasText: lunch })).toContainText("Har allerede et match: Foreslået");
  await expect(page.getByRole("region", { name: "Match", exact: true })).toContainText(reading);

  await first.getByRole("button", { name: "Opret match for alle 2 job" }).click();
  await expect(section.getByText("Alle jobbene havde allerede et match. Der er ikke oprettet noget nyt.")).toBeVisible();
  const matches = await query<{ title: string; status: string; origin: string }>(
    `SELECT o.title, m.status, m.origin FROM "Match" m JOIN "JobOpening" o ON o.id = m."openingId" WHERE m."citizenId" = 'seed-citizen-demo' AND o.title LIKE 'Mini-fleksjob:%' ORDER BY o.title`,
  );
  expect(matches).toEqual([
    { title: lunch, status: "PROPOSED", origin: "CONSULTANT" },
    { title: reading, status: "PROPOSED", origin: "CONSULTANT" },
  ]);
  await expectNoAxeViolations(page);
});
