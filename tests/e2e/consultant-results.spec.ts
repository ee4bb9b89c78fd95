import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectFitsPhoneWidth, expectNoAxeViolations, signInAs } from "./helpers";

// Issue 16, point 12: the results charts speak Danish numbers, count hires in whole numbers and
// keep every label inside the drawing, on a desktop and at 360 px; and the page leads with the
// share of invited citizens who made a profile.

/** The page once the worker has made the municipality's first snapshot (ADR 011). */
async function openResults(page: Page) {
  await expect
    .poll(
      async () => {
        await page.goto("/consultant/results");
        return page.getByText(/^Tal pr\. /).count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
}

/** The chart's labels as drawn: their text, box in the SVG's own units, and height on screen. */
async function labels(chart: Locator) {
  return chart.evaluate((svg: SVGSVGElement) => {
    const width = svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll("text")].map((t) => {
      const box = t.getBBox();
      return { text: t.textContent ?? "", left: box.x, right: box.x + box.width, width, px: t.getBoundingClientRect().height };
    });
  });
}

async function expectChartsRight(page: Page) {
  const unemployment = page.getByRole("img", { name: /Andel ledige borgere i fleksjob/ });
  const hires = page.getByRole("img", { name: /Ansættelser pr\. måned/ });
  // One chart of each is visible (the narrow or the wide drawing), and it says what it shows.
  await expect(unemployment).toHaveCount(1);
  await expect(hires).toHaveCount(1);
  for (const chart of [unemployment, hires]) {
    for (const label of await labels(chart)) {
      // Inside the drawing: no "nov. 20" cut at the edge.
      expect(label.left, label.text).toBeGreaterThanOrEqual(0);
      expect(label.right, label.text).toBeLessThanOrEqual(label.width);
      // Readable: at least 11 px on screen, not shrunk with the drawing.
      expect(label.px, label.text).toBeGreaterThanOrEqual(11);
      // Danish: no decimal point (a Danish decimal is a comma).
      expect(label.text).not.toMatch(/\d\.\d/);
    }
  }
  // The hires axis counts whole hires only.
  const ticks = (await labels(hires)).map((l) => l.text).filter((t) => /^\d/.test(t));
  expect(ticks.length).toBeGreaterThan(0);
  for (const tick of ticks) expect(tick, "a whole number of hires").toMatch(/^\d+$/);
  // Month labels are short and give the year once, not "nov. 2025" under every bar.
  const months = (await labels(hires)).map((l) => l.text).filter((t) => /^[a-zæøå]/.test(t));
  expect(months.length).toBeGreaterThanOrEqual(4);
  for (const month of months) expect(month).toMatch(/^[a-zæøå]{3}\.?(\d{4})?$/);
}

test("the results page leads with the invited citizens who made a profile, and its charts fit and speak Danish", async ({ page }) => {
  await signInAs(page, "CONSULTANT");
  await openResults(page);
  const headline = page.getByRole("region", { name: "Inviterede borgere, der har lavet en profil" });
  await expect(headline).toContainText(/\d+(,\d)? %\s*\d+ af \d+ invitere(t|de) borgere? siden [a-zæøå]+\.? \d{4}|Ingen borgere er inviteret siden/);
  await expectChartsRight(page);
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 360, height: 740 });
  await expectChartsRight(page);
  await expectFitsPhoneWidth(page);
});
