import { describe, expect, it } from "vitest";
import { materializeAbortReasonStacks } from "@/lib/runtime/abort-reason-stacks";

describe("abort reasons with their stacks formatted (leak workaround)", () => {
  materializeAbortReasonStacks();
  materializeAbortReasonStacks(); // a second install must not wrap twice

  it("keeps the reason it was given, and reads its stack once", () => {
    const controller = new AbortController();
    const reason = new Error("render interrupted");
    let reads = 0;
    const stack = reason.stack;
    Object.defineProperty(reason, "stack", { get: () => (reads++, stack), configurable: true });
    controller.abort(reason);
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
    expect(reads).toBe(1);
  });

  it("still gives an AbortError when aborted without a reason, as the platform does", () => {
    const controller = new AbortController();
    controller.abort();
    expect(controller.signal.reason).toBeInstanceOf(DOMException);
    expect((controller.signal.reason as DOMException).name).toBe("AbortError");
  });

  it("passes other reasons through untouched", () => {
    const controller = new AbortController();
    controller.abort("timeout");
    expect(controller.signal.reason).toBe("timeout");
    const again = new AbortController();
    again.abort(null);
    expect(again.signal.reason).toBeNull();
  });
});
