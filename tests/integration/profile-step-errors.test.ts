import { describe, expect, it, vi } from "vitest";
import { initialActionResult } from "@/lib/actions/result";
import { session } from "./action-stand-ins";

vi.mock("@/lib/auth/guards", async () => (await import("./action-stand-ins")).guards);
vi.mock("next/cache", async () => (await import("./action-stand-ins")).cache);
vi.mock("next-intl/server", async () => (await import("./action-stand-ins")).danishTranslations());

const { saveStepAction } = await import("@/app/(citizen)/citizen/profile/actions");

// The error summary links every field error to a field of the form: a failed step must not return
// keys that name none. (Refused before anything is read or written, so no rows are needed.)

const form = (values: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of values) data.append(k, v);
  return data;
};

describe("a wizard step's errors", () => {
  session.user = { id: "no-such-user", email: "x@example.invalid", name: "X", role: "CITIZEN", locale: "da", municipalityId: null };

  it("on the hours step name the hours field", async () => {
    const result = await saveStepAction("hours", initialActionResult, form([["hoursMin", "0,5"], ["hoursMax", "12"], ["availability", "mon-morning"]]));
    expect(result).toMatchObject({ ok: false, fieldErrors: { hoursMin: "Det mindste er 1 time." }, values: { hoursMin: "0,5" } });
  });

  it("on the needs step name the note's own field and nothing else", async () => {
    const result = await saveStepAction("needs", initialActionResult, form([["level.low_noise", "MUST"], ["note.low_noise", "x".repeat(501)]]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(["note.low_noise"]);
  });
});
