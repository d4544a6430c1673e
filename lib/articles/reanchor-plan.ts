import { anchorSelectors, describeRanges } from "@/lib/anchoring/anchor";
import type { Selector } from "@/lib/anchoring/selectors";

export type ClaimAnchor = { id: string; selectors: Selector[]; quote: string };
export type ReanchorStep =
  | {
      kind: "moved";
      id: string;
      start: number;
      end: number;
      quote: string;
      selectors: Selector[];
      score: number;
      quoteChanged: boolean;
    }
  | { kind: "flagged"; id: string; reason: "orphaned" | "ambiguous"; candidates: { start: number; end: number }[] };

// Pure: what happens to every claim when the article text becomes `newText`. A claim either moves to the words
// that are its own (possibly with a changed word) or is flagged for a person; it never moves on a guess.
export function planReanchoring(newText: string, claims: ClaimAnchor[]): ReanchorStep[] {
  const results = claims.map((claim) => anchorSelectors(newText, claim.selectors));
  // the moved claims' new selectors, their quotes counted in one pass over the text
  const moved = results.flatMap((result) => (result.status === "anchored" ? [result] : []));
  const described = describeRanges(newText, moved);
  let next = 0;
  return claims.map((claim, index) => {
    const result = results[index];
    if (result.status === "anchored") {
      const quote = newText.slice(result.start, result.end);
      return {
        kind: "moved",
        id: claim.id,
        start: result.start,
        end: result.end,
        quote,
        selectors: described[next++],
        score: result.score,
        quoteChanged: quote !== claim.quote,
      };
    }
    return {
      kind: "flagged",
      id: claim.id,
      reason: result.status,
      candidates: result.status === "ambiguous" ? result.candidates.map(({ start, end }) => ({ start, end })) : [],
    };
  });
}
