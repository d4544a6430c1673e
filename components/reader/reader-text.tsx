import { segmentBlock, sortRanges, splitBlocks } from "@/lib/highlight/segments";
import type { ReaderClaim } from "./reader-types";

// Server-renderable: highlights are in the HTML from the start (no layout shift). Each claim ends with a small
// verdict chip, a real button carrying the label, so colour is never the only signal and Tab follows reading order.
export function ReaderText({ text, claims, hidden, onOpen }: { text: string; claims: ReaderClaim[]; hidden: Set<string>; onOpen: (id: string) => void }) {
  const visible = claims.filter((c) => !hidden.has(c.verdict.label));
  const sorted = sortRanges(visible);
  const byId = new Map(visible.map((c) => [c.id, c]));
  return (
    <>
      {splitBlocks(text).map((block) => (
        <p key={block.start} data-block-start={block.start} className="mb-5 leading-8">
          {segmentBlock(block, sorted).map((s) => {
            // a claim's chip follows its last character (a claim ending on the line break ends with its block)
            const chips = visible.filter((c) => c.end > block.start && c.end <= block.end + 1 && Math.min(c.end, block.end) === s.end);
            const inner = s.ids.length ? byId.get(s.ids[s.ids.length - 1]) : undefined;
            return (
              <span key={s.start}>
                {inner ? (
                  <mark data-claim-ids={s.ids.join(" ")} onClick={() => onOpen(inner.id)} className="cursor-pointer rounded-[2px] text-inherit"
                    style={{ backgroundColor: `color-mix(in srgb, ${inner.verdict.colour} ${Math.min(16 + 10 * (s.ids.length - 1), 40)}%, white)`, boxShadow: `inset 0 -2px 0 ${inner.verdict.colour}` }}>
                    {s.text}
                  </mark>
                ) : s.text}
                {chips.map((c) => (
                  <button key={c.id} type="button" id={`claim-${c.id}`} onClick={() => onOpen(c.id)} aria-haspopup="dialog"
                    aria-label={`Fact-check: “${c.quote.length > 80 ? `${c.quote.slice(0, 80)}…` : c.quote}” is rated ${c.verdict.label}. Open the evidence.`}
                    className="verdict-chip mx-1 inline-flex translate-y-[-1px] items-center gap-1 rounded-full px-2 py-0.5 align-middle font-sans text-[11px] font-semibold uppercase leading-4 tracking-wide text-white focus-visible:outline-2 focus-visible:outline-offset-2"
                    style={{ backgroundColor: c.verdict.colour }}>
                    <span aria-hidden="true">✓</span>{c.verdict.label}
                  </button>
                ))}
              </span>
            );
          })}
        </p>
      ))}
    </>
  );
}
