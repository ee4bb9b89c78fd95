import { expect, test, type Page } from "@playwright/test";
import { companyAlias, profileIdFromRef } from "../../lib/privacy/pseudonyms";
import { citizenSecrets, query, revealedTo } from "./db";
import { serverEnv } from "./server-env";
import { account, expectFitsPhoneWidth, expectNoAxeViolations, signIn, signInAs } from "./helpers";

// Issue 5's acceptance, driven across all three roles: the employer posts an opening, sees
// anonymized ranked candidates, follows unlock advice and asks for contact; a consultant approves;
// the citizen accepts; only then does the employer see the citizen's name.

const title = `Køkkenhjælper til frokosten ${Date.now().toString(36)}`;
const otherTestsCitizens = ["borger@demo.refleks.dk", "borger12@demo.refleks.dk", "ny.borger@demo.refleks.dk"];

/** The server's HTML for the current URL (with the React payload in it), fetched afresh: the
 *  live DOM after client-side navigation would still hold the sign-in page's public demo logins. */
async function expectNoCitizenSecrets(page: Page, secrets: string[]) {
  const response = await page.request.get(page.url());
  expect(response.status()).toBe(200);
  const html = await response.text();
  const leaked = secrets.filter((s) => html.includes(s));
  expect(leaked, `citizen data on ${page.url()}`).toEqual([]);
}

async function eligibleCount(page: Page): Promise<number> {
  const text = await page.getByText(/passer til stillingen lige nu/).first().textContent();
  const match = text?.match(/^(\d+|Ingen) af/);
  return match?.[1] === "Ingen" ? 0 : Number(match?.[1]);
}

test("an employer posts an opening, unlocks more candidates, asks for contact and sees the name after consent", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const earlier = await revealedTo(account("EMPLOYER").email);
  const secrets = (await citizenSecrets()).filter((s) => !earlier.includes(s));
  await signInAs(page, "EMPLOYER");

  // 1. Create the opening: hours, schedule and accommodations; then publish it.
  await page.getByRole("link", { name: "Stillinger", exact: true }).click();
  await page.getByRole("link", { name: "Opret stilling" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opret stilling");
  await page.getByRole("button", { name: "Gem som kladde" }).click();
  await expect(page.getByText("Skriv en titel.").first()).toBeVisible();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Mindst", { exact: true }).fill("4");
  await page.getByLabel("Højst", { exact: true }).fill("10");
  for (const day of ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"]) await page.getByRole("group", { name: day }).getByLabel("Formiddag").check();
  await page.locator("summary", { hasText: "Fysiske hensyn" }).click();
  await page.getByLabel("Ingen tunge løft").check();
  await page.getByLabel("Postnummer for arbejdsstedet").fill("2820");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Gem som kladde" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 15_000 });
  await expect(page.getByText("Status: Kladde")).toBeVisible();
  await page.getByRole("button", { name: "Offentliggør" }).click();
  await expect(page.getByText("Stillingen er offentliggjort. Borgere kan nu se den.")).toBeVisible();
  await expectNoAxeViolations(page);

  // 2. Ranked, anonymized candidates with reasons, and the unlock advice.
  await page.getByRole("link", { name: "Se kandidater" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Kandidater til ${title}`);
  await expect(page.getByRole("heading", { name: "Kandidater der passer" })).toBeVisible();
  await expectNoCitizenSecrets(page, secrets);
  await expectNoAxeViolations(page);
  const before = await eligibleCount(page);
  const advice = page.getByRole("region", { name: "Få flere kandidater" });
  const offer = await advice.getByText(/^Tilbyd »/).textContent();
  const promised = Number(offer?.match(/passer (\d+) kandidat/)?.[1]);
  expect(promised).toBeGreaterThan(0);
  // No one-click change of the opening: without the tick nothing is added.
  await advice.getByRole("button", { name: /Tilføj »/ }).click();
  await expect(advice.getByText("Sæt kryds, hvis I kan tilbyde hensynet. Stillingen er ikke ændret.").first()).toBeVisible();
  expect(await eligibleCount(page)).toBe(before);
  await advice.getByRole("checkbox", { name: /^Ja, vi kan tilbyde »/ }).check();
  await advice.getByRole("button", { name: /Tilføj »/ }).click();
  await expect(page.getByText(/er tilføjet til stillingen\./)).toBeVisible();
  await expect.poll(() => eligibleCount(page)).toBe(before + promised);
  await expectFitsPhoneWidth(page);

  // 3. Pick a fitting candidate from Gentofte whom no other test uses, and ask for contact. The
  // links carry the company's own references and aliases (lib/privacy/pseudonyms.ts), which the
  // test opens with the server's secret to find out who is behind them.
  process.env.AUTH_SECRET = serverEnv.AUTH_SECRET;
  const employerId = (await query<{ employerId: string }>(`SELECT "employerId" FROM "JobOpening" WHERE title = $1`, [title]))[0]!.employerId;
  const hrefs = await page.getByRole("link", { name: /^Se kandidaten / }).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const profileIds = hrefs.map((href) => profileIdFromRef(decodeURIComponent(href.split("/")[3]?.split("?")[0] ?? ""), [employerId]));
  expect(profileIds.every((id) => id !== null)).toBe(true);
  const rows = await query<{ id: string; email: string; name: string }>(
    `SELECT p.id, u.email, u.name FROM "CitizenProfile" p JOIN "User" u ON u.id = p."userId" JOIN "Municipality" m ON m.id = p."municipalityId"
     WHERE p.id = ANY($1) AND m.code = '0157' AND u.email <> ALL($2)`,
    [profileIds, [...otherTestsCitizens, ...earlier]],
  );
  expect(rows.length).toBeGreaterThan(0);
  const candidate = { ...rows[0]!, alias: companyAlias(employerId, rows[0]!.id) };
  await page.getByRole("link", { name: `Se kandidaten ${candidate.alias}` }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(candidate.alias);
  await expectNoCitizenSecrets(page, secrets);
  await page.getByLabel("Stilling").selectOption({ label: title });
  await page.getByLabel("Besked til jobcentret").fill("Vi vil gerne invitere til en snak om jobbet i vores køkken.");
  await page.getByRole("button", { name: "Bed om kontakt" }).click();
  await expect(page.getByText("Tak. Din besked er sendt til jobcentret. En konsulent vender tilbage.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Kontakt og match" }).click();
  await expect(page.getByRole("main")).toContainText(title);
  await expect(page.getByRole("main")).toContainText("Venter på jobcentret");
  await expect(page.getByRole("main")).not.toContainText(candidate.name);
  await expectNoCitizenSecrets(page, secrets);

  // 4. The consultant approves, with the engine's explanation in view.
  const consultant = await (await browser.newContext()).newPage();
  await signInAs(consultant, "CONSULTANT");
  await consultant.getByRole("link", { name: "Match til godkendelse" }).click();
  await expect(consultant.getByRole("heading", { level: 1 })).toHaveText("Match til godkendelse");
  const card = consultant.getByRole("region").filter({ hasText: title });
  await expect(card).toContainText("Virksomheden har bedt om kontakt");
  await expect(card).toContainText("Det taler for:");
  await expectNoAxeViolations(consultant);
  await card.getByLabel("Besked til borgeren").fill("Jeg ringer til dig i morgen.");
  await card.getByLabel("Besked til virksomheden").fill("Hun kan starte med to timer om ugen.");
  await card.getByRole("button", { name: /Godkend/ }).click();
  await expect(consultant.getByText("Matchet er godkendt. Borgeren bliver spurgt, om virksomheden må få kontaktoplysningerne.")).toBeVisible();

  // 5. The citizen accepts.
  const citizen = await (await browser.newContext()).newPage();
  await signIn(citizen, candidate.email);
  await expect(citizen).toHaveURL(/\/citizen$/);
  await citizen.goto("/citizen/matches");
  const waiting = citizen.getByRole("region", { name: "Venter på dit svar" });
  await expect(waiting).toContainText(title);
  await expect(waiting).toContainText("Jeg ringer til dig i morgen.");
  await expect(waiting).not.toContainText("Hun kan starte med to timer om ugen.");
  const request = waiting.getByRole("region").filter({ hasText: title });
  await request.getByLabel(/kan se mit navn, min e-mail og mit telefonnummer/).check();
  await request.getByRole("button", { name: /Ja, del mine kontaktoplysninger/ }).click();
  await expect(citizen.getByText("Tak for dit svar. Virksomheden kan nu se dine kontaktoplysninger.")).toBeVisible();

  // 6. Now, and only now, the employer sees who it is.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Kontaktoplysninger" }).first()).toBeVisible();
  await expect(page.getByRole("main")).toContainText(candidate.name);
  await expect(page.getByRole("main")).toContainText(candidate.email);
  // The consultant's note to the company arrives only now, in the thread, and hers never does.
  await page.getByRole("region").filter({ hasText: title }).getByRole("link", { name: /Se historik og beskeder/ }).first().click();
  await expect(page.getByRole("main")).toContainText("Hun kan starte med to timer om ugen.");
  await expect(page.getByRole("main")).not.toContainText("Jeg ringer til dig i morgen.");
  await expectNoAxeViolations(page);
});

test("employer pages never show a citizen's identity or private notes, and are accessible", async ({ page }) => {
  test.setTimeout(120_000);
  // Citizens who said yes to this company (the journey above does that) may be named, and only they.
  const allowed = new Set(await revealedTo(account("EMPLOYER").email));
  const secrets = (await citizenSecrets()).filter((s) => !allowed.has(s));
  await signInAs(page, "EMPLOYER");
  const opening = (await query<{ id: string }>(`SELECT id FROM "JobOpening" WHERE id = 'seed-opening-1-1'`))[0]!;
  for (const path of ["/employer", "/employer/openings", `/employer/openings/${opening.id}`, `/employer/openings/${opening.id}/candidates`, "/employer/candidates", "/employer/matches", "/employer/company", "/employer/company/team", "/employer/openings/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectNoCitizenSecrets(page, secrets);
    await expectNoAxeViolations(page);
    await expectFitsPhoneWidth(page);
  }
  // Every page of the ranked list, and every candidate's detail on the first page.
  await page.goto(`/employer/openings/${opening.id}/candidates`);
  const links = await page.getByRole("link", { name: /^Se kandidaten/ }).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of links) {
    await page.goto(href);
    await expectNoCitizenSecrets(page, secrets);
  }
  // Another company's opening is not found.
  expect((await page.goto("/employer/openings/seed-opening-9-1"))?.status()).toBe(404);
  expect((await page.goto("/employer/openings/seed-opening-9-1/candidates"))?.status()).toBe(404);
});
