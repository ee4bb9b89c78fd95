import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, tabTo } from "./helpers";

// The whole profile wizard with the keyboard only: Tab to move, typing, Enter, Space and arrows.

async function saveWithKeyboard(page: Page, name = "Gem og gå videre") {
  await tabTo(page, page.getByRole("button", { name }));
  await page.keyboard.press("Enter");
}

test("the profile wizard works with the keyboard only", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "borger12@demo.refleks.dk");
  await expect(page).toHaveURL(/\/citizen$/);
  await page.goto("/citizen/profile/about");

  await tabTo(page, page.getByLabel("Overskrift"));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Struktureret kontorarbejde");
  await saveWithKeyboard(page);

  await expect(page).toHaveURL(/\/skills$/, { timeout: 15_000 });
  await tabTo(page, page.getByLabel("Dine kompetencer", { exact: true }));
  await page.keyboard.type("kundeservice");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Fjern kundeservice" })).toBeVisible();
  await saveWithKeyboard(page);

  await expect(page).toHaveURL(/\/experience$/, { timeout: 15_000 });
  await saveWithKeyboard(page);

  await expect(page).toHaveURL(/\/wishes$/, { timeout: 15_000 });
  await tabTo(page, page.getByLabel("Jeg er åben for noget helt nyt"));
  await page.keyboard.press("Space");
  await saveWithKeyboard(page);

  await expect(page).toHaveURL(/\/hours$/, { timeout: 15_000 });
  // A wrong number: the error summary takes focus, and its link leads back to the field.
  await tabTo(page, page.getByLabel("Mindst"));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("0,5");
  await saveWithKeyboard(page);
  await expect(page.getByRole("region", { name: "Der er et problem" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Det mindste er 1 time." })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Mindst")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("4");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Højst")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("6,5");
  await tabTo(page, page.getByRole("group", { name: "Lørdag" }).getByLabel("Aften"));
  await page.keyboard.press("Space");
  await saveWithKeyboard(page);

  await expect(page).toHaveURL(/\/needs$/, { timeout: 15_000 });
  const sensory = page.locator("details", { has: page.locator("summary", { hasText: "Sanser" }) });
  await tabTo(page, sensory.locator("summary").first());
  // A group with chosen needs is already open; Enter toggles it.
  if ((await sensory.getAttribute("open")) === null) await page.keyboard.press("Enter");
  const light = page.getByRole("group", { name: "Tilpasset lys og skærmpauser" });
  await tabTo(page, light.getByLabel("Ikke nødvendigt"));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(light.getByLabel("Skal")).toBeChecked();
  await saveWithKeyboard(page);

  await expect(page).toHaveURL(/\/place$/, { timeout: 15_000 });
  await saveWithKeyboard(page);

  await expect(page).toHaveURL(/\/visibility$/, { timeout: 15_000 });
  await saveWithKeyboard(page, "Gem og afslut");

  await expect(page).toHaveURL(/\/citizen\/profile\?done=1$/);
  const overview = page.getByRole("main");
  await expect(overview).toContainText("Struktureret kontorarbejde");
  await expect(overview).toContainText("kundeservice");
  await expect(overview).toContainText("Tilpasset lys og skærmpauser (Skal)");
  await expect(overview).toContainText("4–6,5 timer om ugen");
  await expect(overview).toContainText("lør aften");
  await expectNoAxeViolations(page);
});
