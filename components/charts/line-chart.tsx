import { Axes } from "./axes";
import { ChartFrames } from "./chart-frames";
import { plotW, yAt, yScale, type ChartPoint, type Frame } from "./scale";

type Props = { id: string; title: string; desc: string; points: ChartPoint[]; formatTick: (value: number) => string; max?: number };

/** A line chart with a marker on every point. Screen readers get the title and description. */
export function LineChart({ id, title, desc, points, formatTick, max }: Props) {
  const scale = yScale(points.map((p) => p.value ?? 0), { max });
  const draw = (frame: Frame) => {
    const xAt = (i: number) => frame.pad.left + (points.length <= 1 ? plotW(frame) / 2 : (i * plotW(frame)) / (points.length - 1));
    const drawn = points.flatMap((p, i) => (p.value === null ? [] : [{ x: xAt(i), y: yAt(frame, p.value, scale.top), p }]));
    const path = drawn.map((d, i) => `${i === 0 ? "M" : "L"}${d.x.toFixed(1)},${d.y.toFixed(1)}`).join(" ");
    return (
      <>
        <Axes frame={frame} scale={scale} points={points} xAt={xAt} formatTick={formatTick} />
        <g aria-hidden="true">
          <path d={path} fill="none" stroke="#1d4ed8" strokeWidth="3" strokeLinejoin="round" />
          {drawn.map((d) => (
            <circle key={d.p.label} cx={d.x} cy={d.y} r="4.5" fill="#fff" stroke="#1d4ed8" strokeWidth="3" />
          ))}
        </g>
      </>
    );
  };
  return <ChartFrames id={id} title={title} desc={desc} draw={draw} />;
}
