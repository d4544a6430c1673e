import { memo } from "react";
import { segmentBlock, sortRanges, splitBlocks, type HighlightRange } from "@/lib/highlight/segments";

export type HighlightStyle = { colour: string };

// Renders canonical article text as blocks carrying `data-block-start`, the contract the DOM adapter
// (lib/highlight/text-offsets.ts) relies on to map browser selections back to text offsets.
export const HighlightedText = memo(function HighlightedText({
  text,
  ranges,
  styleOf,
  activeId,
  renderMark,
}: {
  text: string;
  ranges: HighlightRange[];
  styleOf: (id: string) => HighlightStyle;
  activeId?: string | null;
  renderMark?: (props: {
    ids: string[];
    text: string;
    style: React.CSSProperties;
    className: string;
    key: string;
  }) => React.ReactNode;
}) {
  const sorted = sortRanges(ranges);
  return (
    <>
      {splitBlocks(text).map((block) => (
        <p key={block.start} data-block-start={block.start} dir="auto" className="mb-4 leading-8">
          {segmentBlock(block, sorted).map((s) => {
            if (!s.ids.length) return s.text;
            const inner = s.ids[s.ids.length - 1];
            const { colour } = styleOf(inner);
            const active = activeId != null && s.ids.includes(activeId);
            // the open claim is marked more strongly in its own colour (a thicker underline, a deeper tint), not
            // with a box: a box reads as the keyboard focus ring
            const tint = Math.min(14 + 10 * (s.ids.length - 1), 40) + (active ? 14 : 0);
            const style: React.CSSProperties = {
              backgroundColor: `color-mix(in srgb, ${colour} ${tint}%, white)`,
              boxShadow: `inset 0 ${active ? -3 : -2}px 0 ${colour}`,
            };
            const className = `claim-mark rounded-[2px] text-inherit${active ? " claim-mark-active" : ""}`;
            const key = `${s.start}`;
            return renderMark ? (
              renderMark({ ids: s.ids, text: s.text, style, className, key })
            ) : (
              <mark key={key} data-claim-ids={s.ids.join(" ")} className={className} style={style}>
                {s.text}
              </mark>
            );
          })}
        </p>
      ))}
    </>
  );
});
