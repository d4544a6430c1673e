import { anchorSelectors, describeRange } from "@/lib/anchoring/anchor";
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
  return claims.map((claim) => {
    const result = anchorSelectors(newText, claim.selectors);
    if (result.status === "anchored") {
      const quote = newText.slice(result.start, result.end);
      return {
        kind: "moved",
        id: claim.id,
        start: result.start,
        end: result.end,
        quote,
        selectors: describeRange(newText, result.start, result.end),
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
