import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";

// Numbers next to nouns follow the plural rules: one hour is "1 time", not "1 timer".

test("a citizen who can work 1 hour a week reads \"1 time\"", async ({ page }) => {
  await signIn(page, "borger31@demo.refleks.dk");
  await expect(page).toHaveURL(/\/citizen$/);
  await page.goto("/citizen/profile/hours");
  await page.getByLabel("Mindst").fill("1");
  await page.getByLabel("Højst").fill("1");
  await page.getByRole("button", { name: "Gem og gå videre" }).click();
  await expect(page).toHaveURL(/\/needs$/, { timeout: 15_000 });

  await page.goto("/citizen");
  const hours = page.getByRole("main").locator("dt", { hasText: "Timer om ugen" }).locator("xpath=following-sibling::dd[1]");
  await expect(hours).toHaveText("1 time");
  // Someone with a profile under way is asked to continue it, not to start it.
  await expect(page.getByRole("link", { name: "Fortsæt din profil" })).toBeVisible();
  await expect(page.getByText(/Din profil er \d+ % færdig\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Start din profil" })).toHaveCount(0);

  await page.goto("/citizen/profile");
  await expect(page.getByRole("main")).toContainText("1 time om ugen");
  await expect(page.getByRole("main")).not.toContainText("1 timer");
  await expectNoAxeViolations(page);
});
