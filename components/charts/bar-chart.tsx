import { Axes } from "./axes";
import { H, PAD, W, niceMax, plotW, y, type ChartPoint } from "./scale";

type Props = { id: string; title: string; desc: string; points: ChartPoint[]; unit?: string };

/** A bar chart, one bar per point, with the value written above each bar that has one. */
export function BarChart({ id, title, desc, points, unit = "" }: Props) {
  const top = niceMax(points.map((p) => p.value ?? 0));
  const slot = plotW / Math.max(1, points.length);
  const xAt = (i: number) => PAD.left + slot * i + slot / 2;
  const barW = slot * 0.6;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <Axes max={top} labels={points.map((p) => p.label)} xAt={xAt} unit={unit} />
      <g aria-hidden="true" fontSize="13" textAnchor="middle">
        {points.map((p, i) =>
          p.value ? (
            <g key={p.label}>
              <rect x={xAt(i) - barW / 2} y={y(p.value, top)} width={barW} height={y(0, top) - y(p.value, top)} fill="#1d4ed8" />
              <text x={xAt(i)} y={y(p.value, top) - 4} fill="currentColor">
                {p.display}
              </text>
            </g>
          ) : null,
        )}
      </g>
    </svg>
  );
}
