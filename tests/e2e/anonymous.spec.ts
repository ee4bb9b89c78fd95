import { expect, test } from "@playwright/test";
import { demoPassword } from "../../lib/auth/demo-accounts";
import { expectFitsPhoneWidth, expectNoAxeViolations, signIn } from "./helpers";

test("anonymous visitors are sent to sign-in from every role area", async ({ page }) => {
  for (const area of ["/citizen", "/employer", "/consultant"]) {
    await page.goto(area);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(area)}$`));
  }
});

test("a sign-in link that tries to send the browser to another site lands on the user's own home", async ({ browser }) => {
  // The security review's working bypass: the tab is dropped by the browser, leaving //evil.example.
  for (const callbackUrl of ["/%09/evil.example/phish", "/%5Cevil.example", "//evil.example", "https://evil.example"]) {
    // A new browser each time: clearing cookies races the session cookie of the last response.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel("E-mail").fill("konsulent@demo.refleks.dk");
    await page.getByLabel("Adgangskode").fill(demoPassword);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/consultant$/);
    await context.close();
  }
});

test("the public pages are accessible, fit a phone and can be switched to English", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/accessibility"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
    await expectFitsPhoneWidth(page);
  }
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await page.getByRole("link", { name: "Tilgængelighedserklæring" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tilgængelighedserklæring");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
});

test("the sign-in page shows the demo logins and works with the keyboard only", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Demo-logins" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Gå til indhold" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.getByLabel("E-mail").focus();
  await page.keyboard.type("konsulent@demo.refleks.dk");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Adgangskode")).toBeFocused();
  await page.keyboard.type(demoPassword);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/consultant$/);
});

test("bad sign-in input gets clear Danish messages at the fields", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("Skriv din e-mail.")).toBeVisible();
  await expect(page.getByText("Skriv din adgangskode.")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.getByLabel("E-mail").fill("ikke-en-mail");
  await page.getByLabel("Adgangskode").fill("noget");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("Skriv en gyldig e-mail, fx navn@eksempel.dk.")).toBeVisible();

  await signIn(page, "borger@demo.refleks.dk", "forkert-kode");
  await expect(page.getByText("E-mail eller adgangskode er forkert. Prøv igen.")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("borger@demo.refleks.dk");
});

test("repeated failed sign-ins lock the account, even with the right password and a new forged address each time", async ({ page }) => {
  const email = "borger7@demo.refleks.dk";
  for (let i = 0; i < 5; i++) {
    // The server ignores X-Forwarded-For (TRUSTED_PROXY_HOPS=0), and the account's limit ignores addresses.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${i}` });
    await signIn(page, email, `forkert-${i}`);
    await expect(page.getByText("E-mail eller adgangskode er forkert. Prøv igen.")).toBeVisible();
  }
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.77" });
  await signIn(page, email, demoPassword);
  await expect(page.getByText("Der har været for mange forsøg. Vent 1 minut, og prøv så igen.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a user's chosen language follows them to a new browser", async ({ page, browser }) => {
  await signIn(page, "peter.lund@demo.refleks.dk");
  await expect(page).toHaveURL(/\/consultant$/);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My caseload");

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await signIn(other, "peter.lund@demo.refleks.dk");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("My caseload");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await fresh.close();
});

test("pages carry a strict CSP with a fresh nonce, and the browser refuses nothing of ours", async ({ page, request }) => {
  const first = await request.get("/sign-in");
  const csp = first.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/]+={0,2})'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  // Every script Next.js renders carries this response's nonce; the next response has another.
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  expect((await request.get("/sign-in")).headers()["content-security-policy"]).not.toContain(nonce);
  for (const response of [first, await request.get("/api/health")]) {
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["permissions-policy"]).toContain("camera=()");
    // Plain HTTP here: HSTS is only sent over HTTPS.
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  }

  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Refused to load ${event.blockedURI} (${event.violatedDirective})`));
  });
  await page.goto("/sign-in");
  // Hydrated: the form answers, and a link navigates on the client.
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("Skriv din e-mail.")).toBeVisible();
  await page.getByRole("link", { name: "Tilgængelighedserklæring" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tilgængelighedserklæring");
  expect(refused).toEqual([]);
});

test("bad bytes in a path and a server action from another origin get a defined answer, not a 500", async ({ request }) => {
  expect((await request.get("/consultant/citizens/%FF", { maxRedirects: 0 })).status()).toBe(400);
  expect((await request.get("/citizen/jobs/abc%00", { maxRedirects: 0 })).status()).toBe(404);
  const forged = await request.post("/sign-in", {
    headers: { origin: "https://evil.example", "next-action": "0000000000000000000000000000000000000000", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
});
