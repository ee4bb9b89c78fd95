import { H, PAD, W, showLabel, ticks } from "./scale";

/** Gridlines, y labels and x labels; decorative, since the title, desc and table carry the data. */
export function Axes({ max, labels, xAt, unit }: { max: number; labels: string[]; xAt: (i: number) => number; unit: string }) {
  return (
    <g aria-hidden="true" className="text-gray-600" fontSize="13" fill="currentColor">
      {ticks(max).map((t) => (
        <g key={t.value}>
          <line x1={PAD.left} x2={W - PAD.right} y1={t.y} y2={t.y} stroke="#d1d5db" strokeWidth="1" />
          <text x={PAD.left - 6} y={t.y + 4} textAnchor="end">
            {`${t.value}${unit}`}
          </text>
        </g>
      ))}
      {labels.map((label, i) =>
        showLabel(i, labels.length) ? (
          <text key={label} x={xAt(i)} y={H - PAD.bottom + 20} textAnchor="middle">
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}
