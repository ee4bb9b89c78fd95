import { describe, expect, it } from "vitest";
import da from "@/messages/da";
import en from "@/messages/en";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("translations", () => {
  it("has the same keys in Danish and English", () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it("has no empty texts", () => {
    const empty = (m: unknown) => keys(m).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m) === "");
    expect(empty(da)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
