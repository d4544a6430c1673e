import { anchorSelectors } from "@/lib/anchoring/anchor";
import { segmentBlock, sortRanges, type HighlightRange, type Segment } from "@/lib/highlight/segments";
import { splitIntoPieces, toRawRange, type MappedText } from "./text-map";

/**
 * Where each published claim sits on a publisher's page. The anchoring engine decides (quote, prefix and suffix;
 * the stored position is only a hint, since the page's text has a headline, captions or a byline the article's
 * canonical text lacks). A claim the engine orphans or finds ambiguous is reported, never placed: a verdict
 * chip on the wrong sentence is worse than none.
 */

export type PlaceableClaim = { id: string; quote: string; prefix: string; suffix: string; start: number; end: number };
export type Unplaced = { id: string; status: "orphaned" | "ambiguous" };
export type Placement = { placed: HighlightRange[]; unplaced: Unplaced[] };

export function placeClaims(mapped: MappedText, claims: PlaceableClaim[]): Placement {
  const placed: HighlightRange[] = [];
  const unplaced: Unplaced[] = [];
  for (const claim of claims) {
    const result = anchorSelectors(mapped.text, [
      { type: "TextQuoteSelector", exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix },
      { type: "TextPositionSelector", start: claim.start, end: claim.end },
    ]);
    const raw = result.status === "anchored" ? toRawRange(mapped, result.start, result.end) : null;
    if (raw) placed.push({ id: claim.id, ...raw });
    else unplaced.push({ id: claim.id, status: result.status === "ambiguous" ? "ambiguous" : "orphaned" });
  }
  return { placed, unplaced };
}

/** How one text piece is to be cut: segments in raw offsets, each listing the claims covering it (outermost first). */
export type PiecePlan = { piece: number; segments: Segment[] };

/**
 * Cuts every text piece a placed claim touches at each claim boundary (as the reader page does for its blocks),
 * so overlapping claims become flat runs. Pieces that are only whitespace between elements are not wrapped.
 */
export function planHighlights(
  pieces: { node: unknown; text: string }[],
  pieceStarts: number[],
  placed: HighlightRange[],
): PiecePlan[] {
  const sorted = sortRanges(placed);
  const touched = new Set<number>();
  for (const range of sorted) {
    for (const part of splitIntoPieces(pieceStarts, range.start, range.end)) {
      const piece = pieces[part.piece];
      if (piece.node && /\S/.test(piece.text)) touched.add(part.piece);
    }
  }
  return [...touched]
    .sort((a, b) => a - b)
    .map((index) => {
      const block = { start: pieceStarts[index], end: pieceStarts[index + 1], text: pieces[index].text };
      return { piece: index, segments: segmentBlock(block, sorted) };
    });
}
