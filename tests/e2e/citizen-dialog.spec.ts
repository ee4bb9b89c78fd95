import { expect, test } from "@playwright/test";
import { query } from "./db";
import { expectFitsPhoneWidth, expectNoAxeViolations, openMenu, signIn, signInAs } from "./helpers";

// The dialog between a citizen and the job centre, at phone width (the citizen project): she
// writes to her consultant, the consultant sees the unread badge and answers, she sees the
// answer and her badge clears. A seeded citizen of the demo consultant's caseload whom no other
// test signs in, so parallel tests do not see her badges change.
const CITIZEN = "borger20@demo.refleks.dk";

test("a citizen writes to the job centre, the consultant answers, and the badges follow", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const [citizen] = await query<{ name: string }>(`SELECT name FROM "User" WHERE email = $1`, [CITIZEN]);
  // Stamped, so a second run on the same database finds this run's messages.
  const stamp = Date.now();
  const text = `Hej. Kan vi tale om mine timer? Jeg er mest frisk om formiddagen. (${stamp})`;
  const reply = `Ja, det kan vi godt. Jeg ringer til dig på tirsdag kl. 10. (${stamp})`;

  await signIn(page, CITIZEN);
  await expect(page).toHaveURL(/\/citizen$/, { timeout: 15_000 });
  await openMenu(page);
  await page.getByRole("link", { name: "Skriv til jobcentret" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Skriv til jobcentret");
  await expectFitsPhoneWidth(page);
  await page.getByLabel("Din besked").fill(text);
  await page.getByRole("button", { name: "Send beskeden" }).click();
  await expect(page.getByText("Din besked er sendt.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: text })).toContainText("Dig");
  await expectFitsPhoneWidth(page);

  // The consultant: a badge in the menu, the citizen marked in the caseload, the thread, an answer.
  const consultant = await (await browser.newContext()).newPage();
  await signInAs(consultant, "CONSULTANT");
  const badge = consultant.getByRole("link", { name: /Beskeder fra borgere \d+ ulæste/ });
  await expect(badge).toBeVisible();
  await badge.click();
  await expect(consultant.getByLabel("Kun borgere med ulæste beskeder")).toBeChecked();
  const row = consultant.getByRole("row").filter({ hasText: citizen!.name });
  await expectNoAxeViolations(consultant);
  await row.getByRole("link", { name: /ulæst/ }).click();
  await expect(consultant.getByRole("heading", { level: 1 })).toHaveText(`Dialog med ${citizen!.name}`);
  const message = consultant.getByRole("listitem").filter({ hasText: text });
  await expect(message).toContainText("Ny");
  await expectFitsPhoneWidth(consultant);
  await consultant.getByLabel("Din besked").fill(reply);
  await consultant.getByRole("button", { name: "Send beskeden" }).click();
  await expect(consultant.getByText("Din besked er sendt.")).toBeVisible();
  await expect(consultant.getByRole("listitem").filter({ hasText: reply })).toContainText("(dig)");
  // Reading and answering cleared it for the job centre: her row is no longer among the unread.
  await consultant.goto("/consultant?unread=1");
  await expect(consultant.getByRole("row").filter({ hasText: citizen!.name })).toHaveCount(0);
  await consultant.context().close();

  // The citizen: a badge on her dialog, the answer marked new, then the badge is gone.
  await page.goto("/citizen");
  const dialogLink = page.getByRole("link", { name: /Skriv til jobcentret \d+ ulæste/ });
  await expect(dialogLink).toBeVisible();
  await dialogLink.click();
  const answer = page.getByRole("listitem").filter({ hasText: reply });
  await expect(answer).toContainText("Ny");
  await expect(answer).toContainText("Sofie Kjær, jobcentret");
  await expectNoAxeViolations(page);
  await expect(page.getByRole("link", { name: /Skriv til jobcentret \d+ ulæste/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: reply })).not.toContainText("Ny");
});
