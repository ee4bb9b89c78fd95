import { expect, test } from "@playwright/test";
import { query } from "./db";
import { expectFitsPhoneWidth, expectNoAxeViolations, openMenu, signIn, tabTo } from "./helpers";

// The e-mail settings page at phone width and with the keyboard only, and the unsubscribe page's
// refusal of a link that is not ours. A seeded citizen no other spec signs in as.
const EMAIL = "borger14@demo.refleks.dk";

test.beforeAll(async () => {
  // Start from the defaults, so a second run finds the page as the first did.
  await query(`DELETE FROM "EmailPreference" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [EMAIL]);
  await query(`DELETE FROM "JobAgent" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [EMAIL]);
});

test("a changed or made-up unsubscribe link is refused in plain words", async ({ page }) => {
  await page.goto("/unsubscribe?token=made-up.NEW_JOB.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  await expect(page.getByRole("heading", { level: 1, name: "Afmeld e-mail" })).toBeVisible();
  await expect(page.getByText("Linket virker ikke.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ja, afmeld" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the e-mail settings work at 360 px and with the keyboard only", async ({ page }) => {
  await signIn(page, EMAIL);
  await expect(page).toHaveURL(/\/citizen$/);
  await openMenu(page);
  await page.getByRole("navigation").getByRole("link", { name: "E-mail", exact: true }).click();
  await expect(page).toHaveURL(/\/citizen\/settings\/email$/);
  await expect(page.getByRole("heading", { level: 1, name: "E-mail" })).toBeVisible();
  await expectFitsPhoneWidth(page);

  const newJobs = page.getByRole("group", { name: "Nyt job, der passer til dig" });
  const agent = page.getByRole("group", { name: "Hvor tit vil du have nye job?" });
  await expect(newJobs.getByLabel("Samlet én gang om dagen")).toBeChecked();
  await expect(agent.getByLabel("Ingen jobagent")).toBeChecked();

  // Tab reaches the checked option of a group; the arrow keys choose within it.
  await tabTo(page, newJobs.getByLabel("Samlet én gang om dagen"));
  await page.keyboard.press("ArrowRight");
  await expect(newJobs.getByLabel("Ingen e-mail")).toBeChecked();
  await tabTo(page, agent.getByLabel("Ingen jobagent"));
  await page.keyboard.press("ArrowLeft");
  await expect(agent.getByLabel("En gang om ugen")).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Gem mine valg" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Dine valg er gemt.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("group", { name: "Nyt job, der passer til dig" }).getByLabel("Ingen e-mail")).toBeChecked();
  await expect(page.getByRole("group", { name: "Hvor tit vil du have nye job?" }).getByLabel("En gang om ugen")).toBeChecked();
  await expectNoAxeViolations(page);
});
