import { editDistance } from "./alignment";
import { findApproxMatches } from "./approx-search";
import { CONTEXT_LENGTH, fitPrefix, fitSuffix } from "./context";
import { CONTEXT_INTACT, NEAR_WINDOW, maxQuoteErrors, type Evidence } from "./policy";
import type { TextQuoteSelector } from "./selectors";

/** Gathers evidence for the places in a text where a claim might now be. */

export type Claim = {
  quote: TextQuoteSelector;
  /** the stored position, or null when the claim has none (then everywhere is "near") */
  hint: { start: number; end: number } | null;
};

export type Span = { from: number; to: number };

/**
 * How far a fuzzy match's boundaries may move to sit where the contexts fit:
 * an edit on the first or last word of a quote otherwise leaves the matched
 * range a few characters short or long.
 */
export const SNAP_RADIUS = 12;

function distanceFromHint(claim: Claim, start: number): number {
  return claim.hint === null ? 0 : Math.abs(start - claim.hint.start);
}

/** The part of the text within `radius` of the stored position (all of it without one). */
export function nearWindow(text: string, claim: Claim, radius = NEAR_WINDOW): Span {
  if (claim.hint === null) return { from: 0, to: text.length };
  const from = Math.max(0, Math.min(claim.hint.start, text.length) - radius);
  const to = Math.min(text.length, Math.max(claim.hint.end, 0) + radius);
  return { from, to };
}

function prefixFitAt(text: string, prefix: string, at: number): number {
  if (prefix.length === CONTEXT_LENGTH && text.startsWith(prefix, at - prefix.length)) return 1;
  return fitPrefix(text, prefix, at).similarity;
}

function suffixFitAt(text: string, suffix: string, at: number): number {
  if (suffix.length === CONTEXT_LENGTH && text.startsWith(suffix, at)) return 1;
  return fitSuffix(text, suffix, at).similarity;
}

export function exactEvidenceAt(text: string, claim: Claim, start: number): Evidence {
  const end = start + claim.quote.exact.length;
  return {
    start,
    end,
    quoteSimilarity: 1,
    prefixSimilarity: prefixFitAt(text, claim.quote.prefix, start),
    suffixSimilarity: suffixFitAt(text, claim.quote.suffix, end),
    distance: distanceFromHint(claim, start),
  };
}

/** Every occurrence of the exact quote in the whole text (string search is cheap). */
export function findExactEvidence(text: string, claim: Claim): Evidence[] {
  const found: Evidence[] = [];
  const { exact } = claim.quote;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push(exactEvidenceAt(text, claim, at));
  }
  return found;
}

/** Approximate matches of the quote within `span`, boundaries snapped to the contexts. */
export function findFuzzyEvidence(text: string, claim: Claim, span: Span): Evidence[] {
  const { exact, prefix, suffix } = claim.quote;
  const budget = maxQuoteErrors(exact.length);
  const found: Evidence[] = [];
  for (const match of findApproxMatches(text, exact, budget, span.from, span.to)) {
    if (match.errors === 0) continue; // exact occurrences are gathered separately
    const prefixFit = fitPrefix(text, prefix, match.start, SNAP_RADIUS);
    const suffixFit = fitSuffix(text, suffix, match.end, SNAP_RADIUS);
    let start = prefixFit.similarity >= CONTEXT_INTACT ? prefixFit.offset : match.start;
    let end = suffixFit.similarity >= CONTEXT_INTACT ? suffixFit.offset : match.end;
    if (start >= end) [start, end] = [match.start, match.end];
    const isSnapped = start !== match.start || end !== match.end;
    const errors = isSnapped ? editDistance(exact, text.slice(start, end)) : match.errors;
    if (errors === 0 || errors > budget) continue;
    found.push({
      start,
      end,
      quoteSimilarity: 1 - errors / exact.length,
      prefixSimilarity: prefixFit.similarity,
      suffixSimilarity: suffixFit.similarity,
      distance: distanceFromHint(claim, start),
    });
  }
  return found;
}
