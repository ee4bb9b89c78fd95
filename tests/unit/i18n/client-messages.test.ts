import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import da from "@/messages/da";

const root = path.resolve(import.meta.dirname, "../../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component translates, and nothing is missing from da", () => {
    const used = new Set<string>();
    for (const file of [...files(path.join(root, "app")), ...files(path.join(root, "components"))]) {
      const text = readFileSync(file, "utf8");
      if (!/^["']use client["']/m.test(text)) continue;
      for (const m of text.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const ns of used) {
      expect(CLIENT_NAMESPACES.some((c) => ns === c || ns.startsWith(`${c}.`)), `${ns} is used by a client component`).toBe(true);
    }
    const picked = pickMessages(da as Record<string, unknown>);
    for (const ns of CLIENT_NAMESPACES) {
      const value = ns.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], picked);
      expect(value, ns).toBeTypeOf("object");
    }
  });

  it("keeps the nesting and leaves out everything else", () => {
    const messages = { a: { b: { c: "x" }, d: "y" }, e: "z" };
    expect(pickMessages(messages, ["a.b", "missing.path"])).toEqual({ a: { b: { c: "x" } } });
    expect(JSON.stringify(pickMessages(da as Record<string, unknown>)).length).toBeLessThan(JSON.stringify(da).length / 4);
  });
});
