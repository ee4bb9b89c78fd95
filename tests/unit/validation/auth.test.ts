import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/validation/auth";

const messages = (input: unknown) => {
  const result = signInSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("signInSchema", () => {
  it("accepts a trimmed e-mail and a password", () => {
    const result = signInSchema.parse({ email: "  borger@demo.refleks.dk ", password: "x" });
    expect(result.email).toBe("borger@demo.refleks.dk");
  });

  it("names the field and the translation key for each problem", () => {
    expect(messages({ email: "", password: "" })).toEqual({ email: "emailRequired", password: "passwordRequired" });
    expect(messages({ email: "ikke-en-mail", password: "x" })).toEqual({ email: "emailInvalid" });
    expect(messages({ email: "a@b.dk", password: "x".repeat(201) })).toEqual({ password: "passwordTooLong" });
  });
});
