import { FONT_SIZE, shownTicks, yAt, type ChartPoint, type Frame, type YScale } from "./scale";

type Props = { frame: Frame; scale: YScale; points: ChartPoint[]; xAt: (i: number) => number; formatTick: (value: number) => string };

/** Gridlines, y labels and x labels; decorative, since the title, desc and table carry the data. */
export function Axes({ frame, scale, points, xAt, formatTick }: Props) {
  const { pad, w, h, maxTicks } = frame;
  const shown = shownTicks(points.length, maxTicks);
  return (
    <g aria-hidden="true" className="text-gray-700" fontSize={FONT_SIZE} fill="currentColor">
      {scale.ticks.map((value) => {
        const ty = yAt(frame, value, scale.top);
        return (
          <g key={value}>
            <line x1={pad.left} x2={w - pad.right} y1={ty} y2={ty} stroke="#d1d5db" strokeWidth="1" />
            <text x={pad.left - 6} y={ty + 5} textAnchor="end">
              {formatTick(value)}
            </text>
          </g>
        );
      })}
      {shown.map((i, n) => {
        const p = points[i]!;
        const group = p.tickGroup && (n === 0 || points[shown[n - 1]!]!.tickGroup !== p.tickGroup) ? p.tickGroup : null;
        return (
          <text key={p.label} x={xAt(i)} y={h - pad.bottom + 20} textAnchor="middle">
            {p.tick}
            {group ? (
              <tspan x={xAt(i)} dy={FONT_SIZE + 2}>
                {group}
              </tspan>
            ) : null}
          </text>
        );
      })}
    </g>
  );
}
