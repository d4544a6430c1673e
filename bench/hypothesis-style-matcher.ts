import { findMatchStart } from "@/lib/anchoring/alignment";
import { findMatchEnds } from "@/lib/anchoring/approx-search";
import type { AnchorResult, Selector, TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring/selectors";

/**
 * Baseline for the benchmark: the re-anchoring approach Hypothesis documents
 * (client src/annotator/anchoring: position selector checked against the
 * quote, then match-quote.js on top of approx-string-match), written from
 * that description on our own Myers search:
 *
 * 1. If the text at the stored position equals the quote, use it.
 * 2. Otherwise find the exact quote; if it does not occur, run Myers'
 *    approximate search allowing min(256, quote.length / 2) errors. Like
 *    approx-string-match, the search reports only the cheapest matches.
 * 3. Score each match 50·quote + 20·prefix + 20·suffix + 2·position (each a
 *    0..1 similarity; position = 1 - distance / text length), normalised by
 *    92, and take the best. Nothing is ever rejected.
 */

type Match = { start: number; end: number; errors: number };

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

function search(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  if (exact.length > 0) return exact;
  return findMatchEnds(text, pattern, maxErrors, 0, text.length, true).map(({ end, errors }) => ({
    start: findMatchStart(text, pattern, end, errors),
    end,
    errors,
  }));
}

/** 1 - (errors of the best approximate occurrence of `context` in `text`) / length. */
function textMatchScore(text: string, context: string): number {
  if (context.length === 0 || text.length === 0) return 0;
  const [best] = search(text, context, context.length);
  return best ? 1 - best.errors / context.length : 0;
}

export function matchQuote(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
): { start: number; end: number; score: number } | null {
  if (quote.exact.length === 0) return null;
  const matches = search(text, quote.exact, Math.min(256, quote.exact.length / 2));
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / quote.exact.length;
    const prefixScore = quote.prefix
      ? textMatchScore(text.slice(Math.max(0, match.start - quote.prefix.length), match.start), quote.prefix)
      : 1;
    const suffixScore = quote.suffix
      ? textMatchScore(text.slice(match.end, match.end + quote.suffix.length), quote.suffix)
      : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / text.length;
    const raw =
      QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore;
    const score = raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
    if (!best || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best;
}

export function anchorHypothesisStyle(text: string, selectors: Selector[]): AnchorResult {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === "TextQuoteSelector");
  const position = selectors.find((s): s is TextPositionSelector => s.type === "TextPositionSelector");
  if (position && quote && text.slice(position.start, position.end) === quote.exact) {
    return { status: "anchored", start: position.start, end: position.end, score: 1 };
  }
  if (!quote) return { status: "orphaned" };
  const match = matchQuote(text, quote, position?.start);
  return match ? { status: "anchored", ...match } : { status: "orphaned" };
}
