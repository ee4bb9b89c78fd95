import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { demoAccounts, demoPassword } from "../../lib/demo-accounts";

type DemoRole = (typeof demoAccounts)[number]["role"];

export const account = (role: DemoRole) => demoAccounts.find((a) => a.role === role)!;

/** WCAG 2.1 A and AA, as webtilgængelighedsloven requires. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** At phone width (360 px) nothing may force horizontal scrolling. */
export async function expectFitsPhoneWidth(page: Page) {
  const original = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  if (original) await page.setViewportSize(original);
}

export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
}

export async function signInAs(page: Page, role: DemoRole) {
  await signIn(page, account(role).email);
  await expect(page).toHaveURL(new RegExp(`/${role.toLowerCase()}$`));
}

export async function expectRefusedFrom(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har ikke adgang til denne side");
  await expectNoAxeViolations(page);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await expect(page.getByText("Du er logget ud.")).toBeVisible();
}

/** Presses Tab until `target` has the focus (at most 80 times), as a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator) {
  await target.waitFor();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target} with Tab`);
}
