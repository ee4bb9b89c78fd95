import { expect, test } from "@playwright/test";
import { query } from "./db";
import { expectFitsPhoneWidth, expectNoAxeViolations, signInAs } from "./helpers";

// "Kombinér små job" on the demo citizen's file: Mette (8–12 h, weekday mornings, no heavy
// lifting) can hold the nursing home's 4-hour activity job (flexible times) beside a morning
// kitchen job. Proposing the bundle creates a match for the job that has none and leaves her
// existing interest in the kitchen job as it is; a second click creates nothing.

const activities = "Hold af hjælpere til samvær og aktiviteter";
const kitchen = "Køkkenhjælper i plejehjemmets køkken";

test("a consultant sees small jobs that fit together for a citizen and proposes them in one step", async ({ page }) => {
  await signInAs(page, "CONSULTANT");
  await page.goto("/consultant/citizens/seed-citizen-demo");
  const section = page.getByRole("region", { name: "Kombinér små job" });
  const first = section.getByRole("region", { name: "Forslag 1: 2 job, 12 timer om ugen i alt" });
  await expect(first).toContainText(activities);
  await expect(first).toContainText(kitchen);
  await expect(first).toContainText("8 + 4 t = 12 t/uge; kan arbejde 8–12 t/uge");
  await expect(first).toContainText("Alle jobbene tager de hensyn, der skal til: ingen tunge løft");
  await expect(first.getByRole("listitem").filter({ hasText: kitchen })).toContainText("Har allerede et match: Foreslået");
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  await first.getByRole("button", { name: "Opret match for alle 2 job" }).click();
  await expect(section.getByText("Der er oprettet 1 nyt match. Et af jobbene havde allerede et match. Det er ikke ændret.")).toBeVisible();
  await expect(first.getByRole("listitem").filter({ hasText: activities })).toContainText("Har allerede et match: Foreslået");
  await expect(page.getByRole("region", { name: "Match", exact: true })).toContainText(activities);

  await first.getByRole("button", { name: "Opret match for alle 2 job" }).click();
  await expect(section.getByText("Alle jobbene havde allerede et match. Der er ikke oprettet noget nyt.")).toBeVisible();
  const matches = await query<{ openingId: string; status: string; origin: string }>(
    `SELECT "openingId", status, origin FROM "Match" WHERE "citizenId" = 'seed-citizen-demo' AND "openingId" IN ('seed-opening-1-1', 'seed-opening-1-2') ORDER BY "openingId"`,
  );
  expect(matches).toEqual([
    { openingId: "seed-opening-1-1", status: "PROPOSED", origin: "CONSULTANT" },
    { openingId: "seed-opening-1-2", status: "PROPOSED", origin: "CITIZEN" },
  ]);
  await expectNoAxeViolations(page);
});
