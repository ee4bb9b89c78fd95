// Shared geometry of the server-rendered SVG charts. The viewBox is fixed and the SVG is drawn at
// 100 % width, so the charts scale down to 360 px without scrolling.

export type ChartPoint = { label: string; value: number | null; display: string };

export const W = 600;
export const H = 260;
export const PAD = { top: 16, right: 16, bottom: 36, left: 48 };
export const plotW = W - PAD.left - PAD.right;
export const plotH = H - PAD.top - PAD.bottom;

/** A round top for the y axis: the next 1, 2, 2.5 or 5 × 10ⁿ at or above the largest value. */
export function niceMax(values: number[]): number {
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 2.5, 5, 10].map((s) => s * p).find((v) => v >= max)!;
}

export const y = (value: number, max: number) => PAD.top + plotH - (value / max) * plotH;

/** Four gridlines plus zero, with their labels. */
export function ticks(max: number): { value: number; y: number }[] {
  return [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: Math.round(f * max * 10) / 10, y: y(f * max, max) }));
}

/** Every label when there are few, otherwise every other one, so they stay readable on a phone. */
export const showLabel = (i: number, count: number) => count <= 6 || i % 2 === (count - 1) % 2;
