import { expect, test, type Page } from "@playwright/test";
import { query } from "./db";
import { expectFitsPhoneWidth, expectNoAxeViolations, signIn } from "./helpers";

// Issue 15: the company is told in its inbox when the citizen says yes, reads it (the badge goes),
// and signs up for an event meant for companies. Billedfabrikken (a Gentofte company no other
// test signs in as) has an approved request to Mads waiting for his answer in the demo seed.

const messagesLink = (page: Page) => page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: /^Nyt til dig/ });

test("the company hears of the citizen's yes in its inbox, reads it, and signs up for a company event", async ({ page, browser }) => {
  // Three sign-ins (company, citizen, consultant) and axe on each page: minutes on 2 busy cores.
  test.setTimeout(240_000);
  const [company] = await query<{ email: string; title: string }>(
    `SELECT u.email, o.title FROM "JobOpening" o JOIN "EmployerMember" em ON em."employerId" = o."employerId" JOIN "User" u ON u.id = em."userId" WHERE o.id = 'seed-opening-6-1'`,
  );
  const [citizen] = await query<{ email: string }>(`SELECT u.email FROM "CitizenProfile" p JOIN "User" u ON u.id = p."userId" WHERE p.id = 'seed-citizen-story-4'`);

  await signIn(page, company!.email);
  await expect(page).toHaveURL(/\/employer$/);
  await expect(messagesLink(page)).toHaveText("Nyt til dig");

  // The citizen says yes in his own browser.
  const him = await (await browser.newContext()).newPage();
  await signIn(him, citizen!.email);
  await expect(him).toHaveURL(/\/citizen$/);
  await him.goto("/citizen/matches");
  const request = him.getByRole("region", { name: "Venter på dit svar" }).getByRole("region").filter({ hasText: company!.title });
  await request.getByLabel(/kan se mit navn, min e-mail og mit telefonnummer/).check();
  await request.getByRole("button", { name: /Ja, del mine kontaktoplysninger/ }).click();
  await expect(him.getByText("Tak for dit svar. Virksomheden kan nu se dine kontaktoplysninger.")).toBeVisible();
  await him.context().close();

  // His consultant hears of it too, in the consultant's words.
  const consultant = await (await browser.newContext()).newPage();
  await signIn(consultant, "peter.lund@demo.refleks.dk");
  await expect(consultant).toHaveURL(/\/consultant$/);
  // Peter Lund reads English when anonymous.spec.ts has switched his language (projects run in
  // parallel), so this step finds the inbox by its address and the news in either language.
  await consultant.locator('nav a[href="/consultant/notifications"]').click();
  await expect(consultant.getByRole("heading", { name: /Borgeren har sagt ja|The citizen said yes/ }).first()).toBeVisible();
  await expectNoAxeViolations(consultant);
  await expectFitsPhoneWidth(consultant);
  await consultant.context().close();

  // The company sees the badge, reads the news in its own words and follows it to the match.
  await page.reload();
  await expect(messagesLink(page)).toHaveText("Nyt til dig1 ulæste");
  await messagesLink(page).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nyt til dig");
  const news = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Kandidaten har sagt ja/ }) });
  await expect(news).toContainText(`Kandidaten til jobbet ${company!.title} vil gerne tale med jer.`);
  await expect(page.getByText("Du har 1 ulæst besked.")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);
  await page.getByRole("button", { name: "Markér alle som læst" }).click();
  await expect(page.getByText("Du har ingen ulæste beskeder.")).toBeVisible();
  await expect(messagesLink(page)).toHaveText("Nyt til dig");
  await news.getByRole("link", { name: "Se forløbet" }).click();
  await expect(page).toHaveURL(/\/employer\/matches\/seed-match-5$/);
  await expect(page.getByRole("heading", { name: "Kontaktoplysninger" }).first()).toBeVisible();

  // Events for companies: sign up, and the seat is taken.
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Arrangementer" }).click();
  const event = page.getByRole("region", { name: "Morgenmøde for virksomheder: fleksjob på få timer" });
  await expect(event).toContainText("25 ledige pladser af 25");
  // The citizens' own events are not shown to companies.
  await expect(page.getByText("Workshop: skriv din profil")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await event.getByRole("button", { name: /Tilmeld mig/ }).click();
  await expect(page.getByText("Du er tilmeldt. Vi glæder os til at se dig.")).toBeVisible();
  await expect(event).toContainText("24 ledige pladser af 25");
  await expectFitsPhoneWidth(page);

  // Articles for companies.
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Artikler" }).click();
  await page.getByRole("link", { name: "Sådan laver I et fleksjob på få timer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sådan laver I et fleksjob på få timer");
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);
});
