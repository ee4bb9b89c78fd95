// Renders app/icon.svg into the PNG and ICO files that browsers and phones ask for, with the
// Chromium the e2e tests use (no image library needed). Run after changing the SVG:
//   npx tsx scripts/make-icons.ts
// Writes app/favicon.ico (32 and 48 px, PNG inside ICO), app/apple-icon.png (180 px, full bleed:
// iOS rounds the corners itself) and public/icon-192.png, public/icon-512.png for the manifest.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"), "utf8");
const BRAND = "#17614b";

async function render(size: number, fullBleed: boolean): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const background = fullBleed ? BRAND : "transparent";
  await page.setContent(`<html><body style="margin:0;background:${background}">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
  const png = await page.screenshot({ omitBackground: !fullBleed, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return png;
}

/** An ICO file whose images are PNGs (allowed since Windows Vista, read by every browser). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size % 256, 0);
    e.writeUInt8(size % 256, 1);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
try {
  writeFileSync(path.join(root, "app/favicon.ico"), ico([{ size: 32, png: await render(32, false) }, { size: 48, png: await render(48, false) }]));
  writeFileSync(path.join(root, "app/apple-icon.png"), await render(180, true));
  writeFileSync(path.join(root, "public/icon-192.png"), await render(192, true));
  writeFileSync(path.join(root, "public/icon-512.png"), await render(512, true));
} finally {
  await browser.close();
}
