// Shared geometry of the server-rendered SVG charts. An SVG with a viewBox scales its text with
// its width, so one drawing cannot suit both a phone (text shrank to about 6 px) and a desktop
// (about 22 px). Each chart is therefore drawn in two frames, a narrow one shown below the `md`
// breakpoint and a wide one from it, each at a width where its text stays about 12–15 px.

export type ChartPoint = {
  /** The whole label, for keys: "nov. 2025". */
  label: string;
  /** The x-axis label: "nov.". */
  tick: string;
  /** Written under the tick where it changes between shown ticks (the year), so it is said once. */
  tickGroup?: string;
  value: number | null;
  /** The value as text, in the page's language. */
  display: string;
};

export type Frame = {
  name: "narrow" | "wide";
  w: number;
  h: number;
  pad: { top: number; right: number; bottom: number; left: number };
  /** At most this many x labels: every label when there are few, otherwise every second or third. */
  maxTicks: number;
};

export const FRAMES: readonly Frame[] = [
  { name: "narrow", w: 320, h: 220, pad: { top: 18, right: 20, bottom: 44, left: 46 }, maxTicks: 4 },
  { name: "wide", w: 760, h: 280, pad: { top: 18, right: 24, bottom: 44, left: 56 }, maxTicks: 12 },
];

export const FONT_SIZE = 14;

export const plotW = (f: Frame) => f.w - f.pad.left - f.pad.right;
export const plotH = (f: Frame) => f.h - f.pad.top - f.pad.bottom;
export const yAt = (f: Frame, value: number, top: number) => f.pad.top + plotH(f) - (value / top) * plotH(f);

export type YScale = { top: number; ticks: number[] };

/** The next 1, 2 or 5 × 10ⁿ at or above `x`. */
function niceStep(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].map((s) => s * p).find((v) => v >= x - 1e-9)!;
}

/**
 * The y axis: its top and gridlines. Counts (`integer`) get whole steps only (0, 1, 2 … or 0, 2,
 * 4 …), never "2.5 ansættelser"; other values four equal steps up to a round top, or to `max`.
 */
export function yScale(values: number[], { integer = false, max }: { integer?: boolean; max?: number } = {}): YScale {
  const largest = Math.max(0, ...values);
  if (max !== undefined) return { top: max, ticks: [0, 1, 2, 3, 4].map((i) => (max * i) / 4) };
  const step = integer ? Math.max(1, niceStep(largest / 4)) : niceStep(Math.max(largest, 1e-9) / 4);
  const top = Math.max(step, Math.ceil(largest / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { top, ticks };
}

/** Which of `count` x labels a frame shows: evenly spaced, always including the last (newest). */
export function shownTicks(count: number, maxTicks: number): number[] {
  const every = Math.max(1, Math.ceil(count / maxTicks));
  return Array.from({ length: count }, (_, i) => i).filter((i) => (count - 1 - i) % every === 0);
}
