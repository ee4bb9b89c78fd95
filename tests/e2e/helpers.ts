import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { demoAccounts, demoPassword } from "../../lib/auth/demo-accounts";

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

/** Elements that show a current or chosen state: the current page, step or tab, a pressed toggle. */
export const ACTIVE_STATE_SELECTOR = '[aria-current]:not([aria-current="false"]), [aria-pressed="true"], [aria-selected="true"]';

/**
 * Every visible element in a current/chosen state on the page has text that stands out from its
 * background: contrast ≥ 4.5 (WCAG 1.4.3). axe missed the invisible filter on /consultant/pipeline
 * (brand-700 text on brand-700), so this computes it: the text colour against the background
 * composited from the element up to the page, colours read through a canvas (so oklch works too).
 * Returns how many elements it checked, so a caller can make sure the page had any.
 */
export async function expectActiveStatesReadable(page: Page): Promise<number> {
  const results = await page.locator(ACTIVE_STATE_SELECTOR).evaluateAll((elements) => {
    const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "rgba(0,0,0,0)";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top: [number, number, number, number], under: [number, number, number]): [number, number, number] =>
      [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])) as [number, number, number];
    const luminance = (c: [number, number, number]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return elements
      .filter((el) => (el as HTMLElement).offsetParent !== null && (el.textContent ?? "").trim() !== "")
      .map((el) => {
        const layers: [number, number, number, number][] = [];
        for (let node: Element | null = el; node; node = node.parentElement) {
          const bg = rgba(getComputedStyle(node).backgroundColor);
          if (bg[3] > 0) layers.push(bg);
          if (bg[3] >= 1) break;
        }
        const background = layers.reduceRight<[number, number, number]>((under, top) => over(top, under), [255, 255, 255]);
        const text = over(rgba(getComputedStyle(el).color), background);
        const [hi, lo] = [luminance(text), luminance(background)].sort((a, b) => b - a);
        const ratio = (hi! + 0.05) / (lo! + 0.05);
        return { what: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`, ratio: Math.round(ratio * 100) / 100 };
      });
  });
  expect(results.filter((r) => r.ratio < 4.5), `active states with too little contrast on ${page.url()}`).toEqual([]);
  return results.length;
}

/**
 * On a phone the main menu shows only the most used links; the others open with the "Menu"
 * button. Opens it when it is there and closed (at desktop width it is hidden: nothing to do).
 */
export async function openMenu(page: Page) {
  const button = page.getByRole("button", { name: "Menu", exact: true });
  if ((await button.isVisible()) && (await button.getAttribute("aria-expanded")) === "false") {
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
  }
}
