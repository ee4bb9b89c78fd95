import { expect, test } from "@playwright/test";
import { expectFitsPhoneWidth, expectNoAxeViolations, expectRefusedFrom, signInAs, signOut } from "./helpers";

test("a citizen signs in, sees their own profile, is refused elsewhere and signs out", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hej Mette Hansen");
  await expect(page.getByText("Uddannet kok, der er glad for børn")).toBeVisible();
  await expect(page.getByText("Ingen tunge løft (skal)")).toBeVisible();
  await expect(page.getByText("8–12 timer")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  await expectRefusedFrom(page, "/employer");
  await expectRefusedFrom(page, "/consultant");

  await page.goto("/citizen");
  await signOut(page);
  await page.goto("/citizen");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcitizen$/);
});
