// Workaround for a memory leak in Next.js 16.3+/React 19 dynamic rendering (vercel/next.js#97316,
// #84648; react#37288): renders end by aborting AbortControllers with an Error (or with no reason,
// for which Node makes a DOMException). Nothing reads that error's `.stack`, so V8 keeps its
// structured stack trace, and every frame in it pins the render's closures: about 40 KB per request
// here, never freed (heap 80 → 360 MB after 10,000 requests to /accessibility; an OOM under the
// heap cap). Reading `.stack` once makes V8 format the trace into a string and drop the frames.
// Installed once per process from instrumentation.ts; remove when the pinned Next.js has the fix.
const PATCHED = Symbol.for("refleks.abortReasonStacks");

type Patchable = typeof AbortController.prototype & { [PATCHED]?: true };

export function materializeAbortReasonStacks(): void {
  const proto = AbortController.prototype as Patchable;
  if (proto[PATCHED]) return;
  const abort = proto.abort;
  proto.abort = function (this: AbortController, reason?: unknown) {
    const why = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
    if (why instanceof Error || why instanceof DOMException) void (why as Error).stack;
    return abort.call(this, why);
  };
  proto[PATCHED] = true;
}
