import { expect, test } from "@playwright/test";
import { expectFitsPhoneWidth, expectNoAxeViolations, expectRefusedFrom, openMenu, signInAs, signOut } from "./helpers";

test("a citizen signs in, sees their own profile, is refused elsewhere and signs out", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hej Mette Hansen");
  await expect(page.getByText("Uddannet kok, der er glad for børn")).toBeVisible();
  await expect(page.getByText("Ingen tunge løft (skal)")).toBeVisible();
  await expect(page.getByText("8–12 timer")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectFitsPhoneWidth(page);

  await expectRefusedFrom(page, "/employer");
  await expectRefusedFrom(page, "/consultant");

  await page.goto("/citizen");
  await signOut(page);
  await page.goto("/citizen");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcitizen$/);
});

test("a citizen answers a contact request and sees her answer recorded", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  await openMenu(page);
  await page.getByRole("link", { name: "Mine match" }).click();
  const waiting = page.getByRole("region", { name: "Venter på dit svar" });
  await expect(waiting).toContainText("Vuggestuen Mælkebøtten");
  await expect(waiting).toContainText("Vi vil gerne invitere til en uforpligtende snak");
  await expect(waiting).toContainText("Hvis du siger ja, kan virksomheden se dit navn");
  await expectNoAxeViolations(page);
  // Sharing is asked twice: without the tick, nothing is shared.
  await waiting.getByRole("button", { name: /Ja, del mine kontaktoplysninger/ }).click();
  // At the field, and summed up at the top of the form.
  await expect(waiting.getByText("Sæt kryds, hvis du vil dele dine kontaktoplysninger. Ellers kan du bare lade være.")).toHaveCount(2);
  await waiting.getByLabel(/Jeg vil gerne have, at Vuggestuen Mælkebøtten kan se mit navn/).check();
  await waiting.getByRole("button", { name: /Ja, del mine kontaktoplysninger/ }).click();
  await expect(page.getByText("Tak for dit svar. Virksomheden kan nu se dine kontaktoplysninger.")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Du har sagt ja til kontakt");

  // And she can take her yes back.
  await page.reload();
  await page.getByRole("button", { name: /Træk mit ja tilbage/ }).first().click();
  await expect(page.getByText("Du har trukket dit ja tilbage. Virksomheden kan ikke længere se dine kontaktoplysninger.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("notifications can be read and marked as read, and the unread count follows", async ({ page }) => {
  await signInAs(page, "CITIZEN");
  // The seed leaves one unread; an employer test publishing a fitting job at the same time adds more.
  await expect(page.getByRole("link", { name: /Nyt til dig \d+ ulæste/ })).toBeVisible();
  await page.getByRole("link", { name: /Nyt til dig/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nyt til dig");
  await expect(page.getByText(/^Du har \d+ ulæste? besked(er)?\.$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Markér alle som læst" }).click();
  await expect(page.getByText("Du har ingen ulæste beskeder.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Nyt til dig \d+ ulæste/ })).toHaveCount(0);
});

test("every citizen page passes axe and fits a phone", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, "CITIZEN");
  const pages = [
    "/citizen/profile",
    "/citizen/profile/about",
    "/citizen/profile/skills",
    "/citizen/profile/experience",
    "/citizen/profile/wishes",
    "/citizen/profile/hours",
    "/citizen/profile/needs",
    "/citizen/profile/place",
    "/citizen/profile/visibility",
    "/citizen/profile/preview",
    "/citizen/jobs",
    "/citizen/jobs/all",
    "/citizen/jobs/seed-opening-3-1",
    "/citizen/matches",
    "/citizen/events",
    "/citizen/articles",
    "/citizen/articles/seed-article-2",
    "/citizen/notifications",
    "/citizen/my-data",
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await expectFitsPhoneWidth(page);
  }
  // Other people's things are simply not found.
  expect((await page.goto("/citizen/articles/seed-article-3"))?.status()).toBe(404);
  expect((await page.goto("/citizen/jobs/does-not-exist"))?.status()).toBe(404);
  expect((await page.goto("/citizen/profile/nope"))?.status()).toBe(404);
});
