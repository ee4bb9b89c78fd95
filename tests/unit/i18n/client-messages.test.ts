import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREA_NAMESPACES, CLIENT_NAMESPACES, EVERYWHERE, areaNamespaces, pickMessages, type ClientArea } from "@/lib/i18n/client-messages";
import da from "@/messages/da";

const root = path.resolve(import.meta.dirname, "../../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources = new Map([...files(path.join(root, "app")), ...files(path.join(root, "components"))].map((f) => [path.relative(root, f).replace(/\.tsx?$/, ""), readFileSync(f, "utf8")]));

/** The modules a source imports, as root-relative paths without extension ("components/ui/tag-input"). */
function importsOf(id: string, text: string): string[] {
  return [...text.matchAll(/from\s+["']([^"']+)["']/g)].flatMap(([, spec]) => {
    const base = spec!.startsWith("@/") ? spec!.slice(2) : spec!.startsWith(".") ? path.join(path.dirname(id), spec!) : null;
    return base === null ? [] : [base, `${base}/index`];
  });
}

const importers = new Map<string, string[]>();
for (const [id, text] of sources) for (const target of importsOf(id, text)) importers.set(target, [...(importers.get(target) ?? []), id]);

/** Where a module ends up: its route group, "root" for app/ outside the groups, or its importers' places. */
function placesOf(id: string, seen = new Set<string>()): Set<string> {
  const group = /^app\/\(([^)]+)\)\//.exec(id);
  if (group) return new Set([group[1]!]);
  if (id.startsWith("app/")) return new Set(["root"]);
  if (seen.has(id)) return new Set();
  seen.add(id);
  return new Set((importers.get(id) ?? []).flatMap((i) => [...placesOf(i, seen)]));
}

const shipped = (place: string): readonly string[] => (place in AREA_NAMESPACES ? areaNamespaces(place as ClientArea) : EVERYWHERE);
const covers = (list: readonly string[], ns: string) => list.some((c) => ns === c || ns.startsWith(`${c}.`));

describe("messages sent to the browser", () => {
  const clientUses = [...sources].flatMap(([id, text]) =>
    /^["']use client["']/m.test(text) ? [...text.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map((m) => ({ id, ns: m[1]! })) : [],
  );

  it("give every client component, in every route group it is rendered in, the namespaces it translates", () => {
    expect(clientUses.length).toBeGreaterThan(0);
    for (const { id, ns } of clientUses) {
      for (const place of placesOf(id)) expect(covers(shipped(place), ns), `${id} uses "${ns}" in ${place}`).toBe(true);
    }
  });

  it("follow a shared component to the groups that import it", () => {
    // tag-input is a components/ui file; the citizen's wizard and the employer's opening form use it.
    expect(placesOf("components/ui/tag-input")).toEqual(new Set(["citizen", "employer"]));
    expect(placesOf("app/(public)/sign-in/sign-in-form")).toEqual(new Set(["public"]));
    expect(placesOf("app/error")).toEqual(new Set(["root"]));
    expect([...placesOf("components/ui/action-form")].sort()).toEqual(["citizen", "consultant", "employer", "public"]);
  });

  it("send nothing a route group does not use", () => {
    const used = (place: string) => new Set(clientUses.filter((u) => placesOf(u.id).has(place) || placesOf(u.id).has("root")).map((u) => u.ns));
    for (const area of Object.keys(AREA_NAMESPACES) as ClientArea[]) {
      for (const ns of areaNamespaces(area)) expect([...used(area)].some((u) => covers([ns], u)), `${area} is sent "${ns}" but does not use it`).toBe(true);
    }
    // The sign-in page gets its own texts and the errors, not the consultant's CSV texts.
    expect(Object.keys(pickMessages(da as Record<string, unknown>, areaNamespaces("public"))).sort()).toEqual(["errors", "onboarding", "signIn"]);
  });

  it("name only namespaces that exist in da, and keep the nesting", () => {
    const picked = pickMessages(da as Record<string, unknown>);
    for (const ns of CLIENT_NAMESPACES) {
      const value = ns.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], picked);
      expect(value, ns).toBeTypeOf("object");
    }
    const messages = { a: { b: { c: "x" }, d: "y" }, e: "z" };
    expect(pickMessages(messages, ["a.b", "missing.path"])).toEqual({ a: { b: { c: "x" } } });
    expect(JSON.stringify(pickMessages(da as Record<string, unknown>)).length).toBeLessThan(JSON.stringify(da).length / 4);
  });
});
