import { expect, test } from "@playwright/test";
import { expectFitsPhoneWidth, expectNoAxeViolations, signInAs } from "./helpers";

// The citizen project runs at 360 px: the header is one row with the menu button, and below it
// the three most used links; the rest open with the button (a disclosure).

test("the phone menu is a disclosure that works with the keyboard and leaves room for the page", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  const nav = page.getByRole("navigation", { name: "Hovedmenu" });
  const button = page.getByRole("button", { name: "Menu", exact: true });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  for (const id of (await button.getAttribute("aria-controls"))!.split(" ")) await expect(page.locator(`#${id}`)).toHaveCount(1);

  // Collapsed: the most used links (and "Nyt til dig", which has unread news), not the others;
  // the header is short (it was about 290 px with every link, 114 px without unread news).
  for (const name of ["Min forside", "Min profil", "Job til mig"]) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: /^Nyt til dig \d+ ulæste$/ })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Mine data" })).toBeHidden();
  const height = () => page.getByRole("banner").evaluate((el) => el.getBoundingClientRect().height);
  const collapsed = await height();
  expect(collapsed).toBeLessThan(170);
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  // Open with the keyboard: Enter on the button; the folded links follow it in the tab order.
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Mine data" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "English" })).toBeVisible();
  expect(await height()).toBeGreaterThan(collapsed + 100);
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  // Escape closes it and gives the focus back to the button.
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Min forside" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
  await expect(nav.getByRole("link", { name: "Mine data" })).toBeHidden();

  // Space opens it too; following a link closes it on the new page.
  await page.keyboard.press("Space");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("link", { name: "Arrangementer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arrangementer");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Arrangementer" })).toBeHidden();
});

test("the desktop menu shows every link and no menu button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "CITIZEN");
  const nav = page.getByRole("navigation", { name: "Hovedmenu" });
  await expect(page.getByRole("button", { name: "Menu", exact: true })).toBeHidden();
  for (const name of ["Min forside", "Mine match", "Mine data", "E-mail"]) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
