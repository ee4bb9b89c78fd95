import { Axes } from "./axes";
import { ChartFrames } from "./chart-frames";
import { FONT_SIZE, plotW, yAt, yScale, type ChartPoint, type Frame } from "./scale";

type Props = { id: string; title: string; desc: string; points: ChartPoint[]; formatTick: (value: number) => string; integer?: boolean };

/** A bar chart, one bar per point, with the value written above each bar that has one. */
export function BarChart({ id, title, desc, points, formatTick, integer = false }: Props) {
  const scale = yScale(points.map((p) => p.value ?? 0), { integer });
  const draw = (frame: Frame) => {
    const slot = plotW(frame) / Math.max(1, points.length);
    const xAt = (i: number) => frame.pad.left + slot * i + slot / 2;
    const barW = slot * 0.6;
    const base = yAt(frame, 0, scale.top);
    return (
      <>
        <Axes frame={frame} scale={scale} points={points} xAt={xAt} formatTick={formatTick} />
        <g aria-hidden="true" fontSize={FONT_SIZE} textAnchor="middle">
          {points.map((p, i) =>
            p.value ? (
              <g key={p.label}>
                <rect x={xAt(i) - barW / 2} y={yAt(frame, p.value, scale.top)} width={barW} height={base - yAt(frame, p.value, scale.top)} fill="#1d4ed8" />
                <text x={xAt(i)} y={yAt(frame, p.value, scale.top) - 4} fill="currentColor">
                  {p.display}
                </text>
              </g>
            ) : null,
          )}
        </g>
      </>
    );
  };
  return <ChartFrames id={id} title={title} desc={desc} draw={draw} />;
}
