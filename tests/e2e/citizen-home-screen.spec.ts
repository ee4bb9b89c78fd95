import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

// Issue 16, point 16: every page names an icon and the web manifest, and both are served, so a
// citizen can put Refleks on her phone's home screen (and no page asks for a missing favicon).

async function expectHeadLinks(page: Page) {
  const hrefs = await page.evaluate(() => ({
    icon: [...document.querySelectorAll('head link[rel="icon"]')].map((l) => l.getAttribute("href")),
    apple: document.querySelector('head link[rel="apple-touch-icon"]')?.getAttribute("href") ?? null,
    manifest: document.querySelector('head link[rel="manifest"]')?.getAttribute("href") ?? null,
  }));
  expect(hrefs.icon.length).toBeGreaterThan(0);
  expect(hrefs.manifest).toBe("/manifest.webmanifest");
  expect(hrefs.apple).toMatch(/^\/apple-icon\.png/);
  // Every linked icon is really there, as an image.
  for (const href of [...hrefs.icon, hrefs.apple]) {
    const response = await page.request.get(href!);
    expect(response.status(), href!).toBe(200);
    expect(response.headers()["content-type"], href!).toMatch(/^image\//);
  }
}

test("the sign-in page and the citizen's home name the icon and the manifest, and both are served", async ({ page }) => {
  const favicon = await page.request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);

  const manifest = await page.request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const body = await manifest.json();
  expect(body).toMatchObject({ name: "Refleks", short_name: "Refleks", start_url: "/", display: "standalone", lang: "da" });
  for (const icon of body.icons as { src: string; type: string }[]) {
    const response = await page.request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toContain(icon.type);
  }
  expect((body.icons as { sizes: string }[]).map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));

  await page.goto("/sign-in");
  await expectHeadLinks(page);
  await signInAs(page, "CITIZEN");
  await expectHeadLinks(page);
});
