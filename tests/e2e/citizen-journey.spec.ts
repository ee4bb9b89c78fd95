import { expect, test, type Page } from "@playwright/test";
import { DEMO_INVITATION_TOKEN } from "../../lib/auth/demo-accounts";
import { expectFitsPhoneWidth, expectNoAxeViolations, openMenu, signIn } from "./helpers";

// A newly invited citizen, on a phone (the citizen project runs at 360 px with touch), from the
// invitation link to deleting the profile again.

const password = "kaffe-sol-cykel";
const next = (page: Page) => page.getByRole("button", { name: "Gem og gå videre" }).click();

async function onStep(page: Page, step: string, heading: string) {
  await expect(page).toHaveURL(new RegExp(`/citizen/profile/${step}$`), { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectNoAxeViolations(page);
}

test("an invited citizen builds a profile, finds a job, signs up for an event, downloads and deletes their data", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(`/invite/${DEMO_INVITATION_TOKEN}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Velkommen, Nina Berg");
  await expectNoAxeViolations(page);
  await page.getByLabel("Adgangskode", { exact: true }).fill("kort");
  await page.getByLabel("Skriv adgangskoden igen").fill("kort");
  await page.getByRole("button", { name: "Opret min profil" }).click();
  await expect(page.getByText("Adgangskoden skal være mindst 10 tegn.").first()).toBeVisible();
  await page.getByLabel("Adgangskode", { exact: true }).fill(password);
  await page.getByLabel("Skriv adgangskoden igen").fill(password);
  await page.getByRole("button", { name: "Opret min profil" }).click();

  // 1. About
  await onStep(page, "about", "Om dig");
  await expect(page.getByText("Trin 1 af 8")).toBeVisible();
  await page.getByLabel("Overskrift").fill("Kok, der er glad for børn");
  await page.getByLabel("Lidt mere om dig (valgfrit)").fill("Jeg kan lave mad til mange og holder køkkenet rent.");
  await next(page);

  // 2. Skills: typed, then the phone is closed midway and the page opened again.
  await onStep(page, "skills", "Det kan du");
  const skills = page.getByLabel("Dine kompetencer", { exact: true });
  await skills.fill("madlavning");
  await page.getByRole("button", { name: "Tilføj" }).click();
  await skills.fill("rengøring");
  await skills.press("Enter");
  await expect(page.getByRole("button", { name: "Fjern rengøring" })).toBeVisible();
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto("/citizen/profile/skills");
  await expect(reopened.getByRole("button", { name: "Fjern madlavning" })).toBeVisible();
  await expect(reopened.getByRole("button", { name: "Fjern rengøring" })).toBeVisible();
  await next(reopened);
  await journeyFromExperience(reopened);
  await findsAndLikesAJob(reopened);
  await signsUpForAnEvent(reopened);
  await downloadsAndDeletesTheirData(reopened);
});

async function journeyFromExperience(page: Page) {
  // 3. Experience: a bad year is explained at the field and nothing is lost.
  await onStep(page, "experience", "Erfaring og uddannelse");
  await page.getByLabel("Jobtitel").fill("Kok");
  await page.getByLabel("Fra år (valgfrit)").fill("2012");
  await page.getByLabel("Til år (valgfrit)").fill("2009");
  await page.getByRole("button", { name: "Tilføj job" }).click();
  await expect(page.getByText("»Til år« skal være det samme som eller efter »Fra år«.").first()).toBeVisible();
  await expect(page.getByLabel("Jobtitel")).toHaveValue("Kok");
  await page.getByLabel("Til år (valgfrit)").fill("2019");
  await page.getByRole("button", { name: "Tilføj job" }).click();
  await expect(page.getByText("Tilføjet: Kok.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Fjern Kok" })).toBeVisible();
  await next(page);

  // 4. Wishes
  await onStep(page, "wishes", "Dine ønsker");
  await page.getByLabel("Job, du gerne vil have", { exact: true }).fill("køkkenhjælper");
  await page.getByLabel("Brancher, du gerne vil arbejde i", { exact: true }).fill("daginstitution");
  await page.getByLabel("Jeg er åben for noget helt nyt").check();
  await next(page);

  // 5. Hours: a wrong range is refused at the field; the chosen times survive the failed save.
  await onStep(page, "hours", "Timer og tider");
  await page.getByLabel("Mindst").fill("12");
  await page.getByLabel("Højst").fill("8");
  // Monday's times, then the same every weekday (the copy must reach the draft: the failed save below restores from it).
  await page.getByRole("group", { name: "Mandag" }).getByLabel("Formiddag").check();
  await page.getByRole("button", { name: "Brug mandag på alle hverdage" }).click();
  await expect(page.getByText("Tirsdag til fredag har nu de samme tider som mandag.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Fredag" }).getByLabel("Formiddag")).toBeChecked();
  await expect(page.getByRole("group", { name: "Lørdag" }).getByLabel("Formiddag")).not.toBeChecked();
  await next(page);
  // Summed up at the top, where focus lands, and beside the field.
  await expect(page.getByRole("region", { name: "Der er et problem" })).toBeFocused();
  await expect(page.getByText("»Højst« skal være det samme som eller mere end »Mindst«.")).toHaveCount(2);
  await expect(page.getByRole("group", { name: "Tirsdag" }).getByLabel("Formiddag")).toBeChecked();
  await page.getByLabel("Mindst").fill("8");
  await page.getByLabel("Højst").fill("12");
  await next(page);

  // 6. Needs (skånehensyn), with a note only the consultant sees.
  await onStep(page, "needs", "Skånehensyn");
  await expect(page.getByText("Hvad er skånehensyn?")).toBeVisible();
  await page.getByText("Fysiske hensyn").click();
  const lifting = page.getByRole("group", { name: "Ingen tunge løft" });
  await lifting.getByLabel("Skal").check();
  await expect(page.getByRole("region", { name: "Dine hensyn" })).toContainText("Ingen tunge løft: Skal");
  await lifting.getByText("Skriv en note til din konsulent").click();
  await lifting.getByLabel("Note om »Ingen tunge løft«").fill("Ryggen kan ikke tåle løft over 5 kg");
  await next(page);

  // 7. Place
  await onStep(page, "place", "Hvor bor du");
  await page.getByLabel("Dit postnummer").fill("9999");
  await next(page);
  await expect(page.getByText("Vi kender ikke det postnummer. Tjek det, og prøv igen.").first()).toBeVisible();
  await page.getByLabel("Dit postnummer").fill("2900");
  await page.getByLabel("Hvor langt kan du rejse til arbejde? (km, valgfrit)").fill("20");
  await next(page);

  // 8. Visibility
  await onStep(page, "visibility", "Hvem må se din profil");
  await page.getByLabel("Virksomheder må se mit anonyme kort").check();
  await page.getByRole("button", { name: "Gem og afslut" }).click();
  await expect(page).toHaveURL(/\/citizen\/profile\?done=1$/);
  await expect(page.getByText("Din profil er 100 % færdig")).toBeVisible();
  await expectNoAxeViolations(page);

  // What employers see: the alias, never the name or the private note.
  await page.getByRole("link", { name: "Se, hvad virksomheder ser" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Det ser virksomheder");
  const card = page.locator("main section").first();
  await expect(card).toContainText("Kok, der er glad for børn");
  await expect(card).toContainText("Ingen tunge løft (skal)");
  await expect(card).not.toContainText("Nina");
  await expect(card).not.toContainText("Ryggen");
  await expect(card).not.toContainText("2900");
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);
}

async function findsAndLikesAJob(page: Page) {
  await page.getByRole("link", { name: "Job til mig" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Job til mig");
  await expectNoAxeViolations(page);
  const first = page.getByRole("main").getByRole("region").filter({ hasText: "Det passer:" }).first();
  await expect(first).toContainText("Det passer:");
  const title = (await first.getByRole("heading").first().textContent())!.trim();
  await first.getByRole("link", { name: /Se jobbet/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Jeg er interesseret" }).click();
  await expect(page.getByText("Tak. Vi har givet din konsulent besked.")).toBeVisible();
  // Only the answer to this click, not also "you have already shown interest".
  await expect(page.getByText("Du har allerede vist interesse")).toHaveCount(0);

  await openMenu(page);
  await page.getByRole("link", { name: "Mine match" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mine match");
  await expect(page.getByRole("main")).toContainText(title);
  await expect(page.getByRole("main")).toContainText("Din konsulent ser på det");
  await expectNoAxeViolations(page);

  // The inspiration list explains why a job does not fit.
  await page.goto("/citizen/jobs/all");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alle ledige job");
  await expect(page.getByText("Det passer ikke:").first()).toBeVisible();
  await page.getByLabel("Søg efter job").fill("køkken");
  await page.getByRole("button", { name: "Vis job" }).click();
  await expect(page).toHaveURL(/q=k%C3%B8kken/);
  await expectNoAxeViolations(page);
}

async function signsUpForAnEvent(page: Page) {
  await openMenu(page);
  await page.getByRole("link", { name: "Arrangementer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arrangementer");
  const workshop = page.getByRole("region", { name: "Workshop: skriv din profil" });
  await expect(workshop).toContainText("3 ledige pladser af 3");
  await workshop.getByRole("button", { name: /Tilmeld mig/ }).click();
  await expect(page.getByText("Du er tilmeldt. Vi glæder os til at se dig.")).toBeVisible();
  await expect(workshop).toContainText("2 ledige pladser af 3");
  await expect(workshop.getByRole("button", { name: /Meld mig fra/ })).toBeVisible();
  await expectNoAxeViolations(page);
}

async function downloadsAndDeletesTheirData(page: Page) {
  await openMenu(page);
  await page.getByRole("link", { name: "Mine data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mine data");
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent mine data (JSON)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^refleks-mine-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await streamText(await download.createReadStream()));
  expect(data.account).toMatchObject({ name: "Nina Berg", email: "ny.borger@demo.refleks.dk" });
  expect(data.profile).toMatchObject({ headline: "Kok, der er glad for børn", postalCode: "2900" });
  expect(JSON.stringify(data)).toContain("Ryggen kan ikke tåle løft over 5 kg");
  expect(JSON.stringify(data)).not.toContain("passwordHash");

  await page.getByRole("button", { name: "Slet min profil" }).click();
  await expect(page.getByText("Sæt flueben, hvis du vil slette din profil.").first()).toBeVisible();
  await page.getByLabel("Ja, jeg vil slette min profil og mine data").check();
  await page.getByRole("button", { name: "Slet min profil" }).click();
  await expect(page).toHaveURL(/\/goodbye$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Din profil er slettet");
  await expectNoAxeViolations(page);
  await signIn(page, "ny.borger@demo.refleks.dk", password);
  await expect(page.getByText("E-mail eller adgangskode er forkert. Prøv igen.")).toBeVisible();
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
