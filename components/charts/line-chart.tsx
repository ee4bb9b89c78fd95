import { Axes } from "./axes";
import { H, PAD, W, niceMax, plotW, y, type ChartPoint } from "./scale";

type Props = { id: string; title: string; desc: string; points: ChartPoint[]; unit?: string; max?: number };

/** A line chart with a marker on every point. Screen readers get the title and description. */
export function LineChart({ id, title, desc, points, unit = "", max }: Props) {
  const top = max ?? niceMax(points.map((p) => p.value ?? 0));
  const xAt = (i: number) => PAD.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const drawn = points.flatMap((p, i) => (p.value === null ? [] : [{ x: xAt(i), y: y(p.value, top), p }]));
  const path = drawn.map((d, i) => `${i === 0 ? "M" : "L"}${d.x.toFixed(1)},${d.y.toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <Axes max={top} labels={points.map((p) => p.label)} xAt={xAt} unit={unit} />
      <g aria-hidden="true">
        <path d={path} fill="none" stroke="#1d4ed8" strokeWidth="3" strokeLinejoin="round" />
        {drawn.map((d) => (
          <circle key={d.p.label} cx={d.x} cy={d.y} r="5" fill="#fff" stroke="#1d4ed8" strokeWidth="3" />
        ))}
      </g>
    </svg>
  );
}
