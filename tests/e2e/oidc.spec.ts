import { expect, test, type Browser, type Page } from "@playwright/test";
import { account, signOut } from "./helpers";
import { query } from "./db";
import { oidcIssuer } from "./server-env";

// Sign-in with MitID through a broker, against a real OpenID Connect provider (oidc-provider,
// started by playwright.config.ts from tests/e2e/oidc-server.ts). Its login form takes any login
// name: the name is the e-mail it asserts as verified ("unverified:<e-mail>": not verified).
// A new browser for each sign-in, so no session of the app or of the provider carries over.

const refused = "Vi kunne ikke finde en bruger til dit MitID-login. Det er jobcentret, der opretter brugere. Kontakt dem, hvis du skal have adgang.";

async function signInWithOidc(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Log ind med MitID" }).click();
  await expect(page).toHaveURL(new RegExp(`^${oidcIssuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  return page;
}

async function identities(subject: string) {
  return query<{ email: string }>(
    `SELECT u.email FROM "Identity" i JOIN "User" u ON u.id = i."userId" WHERE i.provider = $1 AND i.subject = $2`,
    [oidcIssuer, subject],
  );
}

test("an existing user signs in through the provider, is linked by verified e-mail, and signs out", async ({ browser }) => {
  const consultant = account("CONSULTANT");
  expect(await identities(consultant.email)).toEqual([]);

  const page = await signInWithOidc(browser, consultant.email);
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/consultant$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Min sagsstamme");
  await expect(page.getByText(`Logget ind som ${consultant.name} (konsulent)`)).toBeVisible();
  expect(await identities(consultant.email)).toEqual([{ email: consultant.email }]);

  // Sign-out ends the app's session: the cookie is gone, and the area sends the browser to sign-in.
  await signOut(page);
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
  await page.goto("/consultant");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fconsultant$/);
  await page.context().close();

  // The second time the identity itself finds the user, and no second link is made.
  const again = await signInWithOidc(browser, consultant.email);
  await expect(again).toHaveURL(/\/consultant$/);
  expect(await identities(consultant.email)).toEqual([{ email: consultant.email }]);
  await again.context().close();
});

test("an unknown e-mail is refused with a clear message, and no account is created", async ({ browser }) => {
  const email = "ukendt.mitid@example.dk";
  const page = await signInWithOidc(browser, email);
  await expect(page).toHaveURL(/\/sign-in\?error=AccessDenied$/);
  await expect(page.getByText(refused)).toBeVisible();
  expect(await query(`SELECT id FROM "User" WHERE lower(email) = $1`, [email])).toEqual([]);
  expect(await identities(email)).toEqual([]);
  // Still signed out.
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
  await page.context().close();
});

test("an existing user's e-mail that the provider has not verified is refused and not linked", async ({ browser }) => {
  const citizen = account("CITIZEN");
  const page = await signInWithOidc(browser, `unverified:${citizen.email}`);
  await expect(page).toHaveURL(/\/sign-in\?error=AccessDenied$/);
  await expect(page.getByText(refused)).toBeVisible();
  expect(await identities(`unverified:${citizen.email}`)).toEqual([]);
  await page.context().close();
});
