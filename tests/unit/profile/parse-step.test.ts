import { describe, expect, it } from "vitest";
import { parseStep } from "@/app/(citizen)/citizen/profile/parse-step";
import { toFieldErrors } from "@/lib/validation/form";

describe("the needs step's errors", () => {
  it("name the note's own field, and drop the copy under 'needs', which no field of the form has", () => {
    const form = new FormData();
    form.set("level.low_noise", "MUST");
    form.set("note.low_noise", "x".repeat(501));
    const parsed = parseStep("needs", form);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const errors = toFieldErrors(parsed.error, (key) => key);
    expect(Object.keys(errors).sort()).toEqual(["needs", "needs.0.note"]);
    expect(Object.keys(errors).map((key) => parsed.rename!(key))).toEqual(expect.arrayContaining(["note.low_noise", null]));
  });
});
