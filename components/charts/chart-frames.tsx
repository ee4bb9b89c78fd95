import { FRAMES, type Frame } from "./scale";

type Props = { id: string; title: string; desc: string; draw: (frame: Frame) => React.ReactNode };

/**
 * The chart in both frames (scale.ts): the narrow one below `md`, the wide one from it. The hidden
 * one is display: none, so assistive technology meets one chart, with its title and description.
 */
export function ChartFrames({ id, title, desc, draw }: Props) {
  return FRAMES.map((frame) => {
    const key = `${id}-${frame.name}`;
    return (
      <div key={frame.name} className={frame.name === "narrow" ? "max-w-md md:hidden" : "hidden max-w-3xl md:block"}>
        <svg viewBox={`0 0 ${frame.w} ${frame.h}`} width="100%" role="img" aria-labelledby={`${key}-title ${key}-desc`} className="h-auto w-full">
          <title id={`${key}-title`}>{title}</title>
          <desc id={`${key}-desc`}>{desc}</desc>
          {draw(frame)}
        </svg>
      </div>
    );
  });
}
