import { describe, expect, it } from "vitest";
import { isRecordIdOf, newRecordId } from "@/lib/auth/tokens";

describe("record ids made for a user", () => {
  it("are recognised for their owner only, and cannot be altered", () => {
    const id = newRecordId("user-a");
    expect(id).toMatch(/^[A-Za-z0-9_-]{59}$/);
    expect(isRecordIdOf("user-a", id)).toBe(true);
    expect(isRecordIdOf("user-b", id)).toBe(false);
    // One character of the nonce changed (to one it surely was not).
    const altered = `${id.slice(0, 35)}${id[35] === "0" ? "1" : "0"}${id.slice(36)}`;
    expect(isRecordIdOf("user-a", altered)).toBe(false);
    expect(isRecordIdOf("user-a", "cmabc123")).toBe(false);
    expect(isRecordIdOf("user-a", "_")).toBe(false);
    expect(newRecordId("user-a")).not.toBe(id);
    // Whatever characters the MAC happens to hold ("_" and "-" included), every id is recognised.
    for (let i = 0; i < 300; i++) expect(isRecordIdOf("user-a", newRecordId("user-a"))).toBe(true);
  });
});
