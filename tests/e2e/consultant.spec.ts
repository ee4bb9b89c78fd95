import { expect, test } from "@playwright/test";
import { expectFitsPhoneWidth, expectNoAxeViolations, expectRefusedFrom, signInAs, signOut } from "./helpers";

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
