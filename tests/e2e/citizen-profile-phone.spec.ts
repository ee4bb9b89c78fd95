import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAs } from "./helpers";

// The long profile steps on a phone (the citizen project runs at 360 px): an error made at the top
// and found by the button at the bottom, and the needs step's search, summary and unsaved draft.
// Nothing here is saved, so the demo citizen's profile stays as seeded for the other specs.

test("a wrong number of hours is summed up where the phone shows it, focused, with a link to the field", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await page.goto("/citizen/profile/hours");
  await page.getByLabel("Mindst").fill("0,5");
  const save = page.getByRole("button", { name: "Gem og gå videre" });
  await save.scrollIntoViewIfNeeded();
  await save.click();

  const summary = page.getByRole("region", { name: "Der er et problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  const link = summary.getByRole("link", { name: "Det mindste er 1 time." });
  await expect(save).not.toBeInViewport();
  await link.click();
  await expect(page.getByLabel("Mindst")).toBeFocused();
  await expect(page.getByLabel("Mindst")).toHaveValue("0,5");
  await expect(page.getByLabel("Mindst")).toBeInViewport();
  await expectNoAxeViolations(page);
});

test("the three parts of a day are equal boxes, and night is folded away until asked for", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await page.goto("/citizen/profile/hours");
  const monday = page.getByRole("group", { name: "Mandag" });
  const sizes = await Promise.all(["Formiddag", "Eftermiddag", "Aften"].map((part) => monday.locator("label", { hasText: part }).boundingBox()));
  for (const box of sizes) expect([Math.round(box!.width), Math.round(box!.height)]).toEqual([Math.round(sizes[0]!.width), Math.round(sizes[0]!.height)]);
  await expect(page.getByRole("group", { name: "Nat" })).toBeHidden();
  await page.getByText("Vis nat (kl. 22–06)").click();
  await expect(page.getByRole("group", { name: "Nat" }).getByLabel("Søndag")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("needs: a search finds one, the choice is summed up on top, and a restored draft says it is not saved and can be discarded", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await page.goto("/citizen/profile/needs");
  const chosen = page.getByRole("region", { name: "Dine hensyn" });
  await expect(chosen).toContainText("Ingen tunge løft: Skal");
  await expect(chosen).not.toContainText("Lavt støjniveau");

  await page.getByLabel("Søg efter et hensyn").fill("støj");
  const noise = page.getByRole("group", { name: "Lavt støjniveau" });
  await expect(noise).toBeVisible();
  await expect(page.getByRole("group", { name: "Ingen tunge løft" })).toBeHidden();
  await noise.getByLabel("Skal").check();
  await expect(chosen).toContainText("Lavt støjniveau: Skal");
  await expectNoAxeViolations(page);

  // The phone is closed and the page opened again: the choice is back, and says it is not saved.
  await page.reload();
  const notice = page.getByText("Du har ændringer, der ikke er gemt endnu.");
  await expect(notice).toBeVisible();
  await expect(chosen).toContainText("Lavt støjniveau: Skal");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Fjern ændringerne" }).click();
  await expect(notice).toBeHidden();
  await expect(chosen).not.toContainText("Lavt støjniveau");
  await page.reload();
  await expect(chosen).toContainText("Ingen tunge løft: Skal");
  await expect(notice).toBeHidden();
});
