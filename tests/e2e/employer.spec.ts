import { expect, test } from "@playwright/test";
import { expectFitsPhoneWidth, expectNoAxeViolations, expectRefusedFrom, signInAs, signOut } from "./helpers";

test("an employer signs in, sees the company's openings only, is refused elsewhere and signs out", async ({ page }) => {
  await signInAs(page, "EMPLOYER");
  await expect(page.getByText("Virksomhed: OK-Fonden Plejehjem Gentofte")).toBeVisible();
  await expect(page.getByText("Hold af hjælpere til samvær og aktiviteter")).toBeVisible();
  await expect(page.getByText("10 pladser")).toBeVisible();
  // Another company's opening is not listed.
  await expect(page.getByText("Hundefører til rottesporing")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  await expectRefusedFrom(page, "/citizen");
  await expectRefusedFrom(page, "/consultant");

  await page.goto("/employer");
  await signOut(page);
});
