import { editDistance } from "./alignment";
import { findApproxMatches } from "./approx-search";
import { CONTEXT_LENGTH, fitPrefix, fitSuffix, type ContextFit } from "./context";
import { CONTEXT_DAMAGED, CONTEXT_INTACT, NEAR_WINDOW, maxQuoteErrors, scoreOf, type Evidence } from "./policy";
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

type Boundary = { offset: number; similarity: number };
type Placed = { errors: number; evidence: Omit<Evidence, "distance"> };

function placedScore(placed: Placed): number {
  return scoreOf({ ...placed.evidence, distance: 0 });
}

/** Where a fuzzy match may start: at an intact prefix; at an edited one or where it matched; else where it matched. */
function startOptions(text: string, prefix: string, matched: number, fit: ContextFit): Boundary[] {
  if (fit.similarity >= CONTEXT_INTACT) return [fit];
  if (fit.similarity < CONTEXT_DAMAGED) return [{ offset: matched, similarity: fit.similarity }];
  return [fit, { offset: matched, similarity: fitPrefix(text, prefix, matched).similarity }];
}

function endOptions(text: string, suffix: string, matched: number, fit: ContextFit): Boundary[] {
  if (fit.similarity >= CONTEXT_INTACT) return [fit];
  if (fit.similarity < CONTEXT_DAMAGED) return [{ offset: matched, similarity: fit.similarity }];
  return [fit, { offset: matched, similarity: fitSuffix(text, suffix, matched).similarity }];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Does `offset` fall between two letters or digits of one word? */
function splitsWord(text: string, offset: number): boolean {
  return (
    offset > 0 && offset < text.length && WORD_CHARACTER.test(text[offset - 1]) && WORD_CHARACTER.test(text[offset])
  );
}

/**
 * A boundary may cut a word only if the stored one did (the claim was made on part of a word). A copy-edited
 * neighbour otherwise fits best inside a new word ("In Tbilisi" → "residents Tbilisi" fits at "nts Tbilisi") and
 * pulls the claim's range into it. Such a boundary is replaced by the two edges of the word it cuts (the near edge
 * without the space before the word); the score then chooses, with the quote's own edit counted on each.
 */
function keepWholeWords(text: string, options: Boundary[], side: "start" | "end", claim: Claim): Boundary[] {
  const { exact, prefix, suffix } = claim.quote;
  const storedCuts =
    side === "start" ? splitsWord(prefix + exact, prefix.length) : splitsWord(exact + suffix, exact.length);
  if (storedCuts) return options;
  const whole: Boundary[] = [];
  const add = (offset: number) => {
    if (whole.some((option) => option.offset === offset)) return;
    const similarity =
      side === "start" ? fitPrefix(text, prefix, offset).similarity : fitSuffix(text, suffix, offset).similarity;
    whole.push({ offset, similarity });
  };
  for (const option of options) {
    if (!splitsWord(text, option.offset)) {
      if (!whole.some((kept) => kept.offset === option.offset)) whole.push(option);
      continue;
    }
    let wordStart = option.offset;
    while (wordStart > 0 && WORD_CHARACTER.test(text[wordStart - 1])) wordStart--;
    let wordEnd = option.offset;
    while (wordEnd < text.length && WORD_CHARACTER.test(text[wordEnd])) wordEnd++;
    if (side === "end") {
      let before = wordStart;
      if (!/\s$/u.test(exact)) while (before > 0 && /\s/u.test(text[before - 1])) before--;
      add(before);
      add(wordEnd);
    } else {
      let after = wordEnd;
      if (!/^\s/u.test(exact)) while (after < text.length && /\s/u.test(text[after])) after++;
      add(wordStart);
      add(after);
    }
  }
  return whole;
}

/**
 * Where a fuzzy match starts and ends. An intact context marks the boundary (an edit on the quote's first or last
 * word otherwise leaves the matched range a few characters short or long). A context that was only copy-edited may
 * mark it too, or its edit may sit right at the boundary and pull it into the neighbour's words: of the matched and
 * the fitted boundaries, the pair with the best score wins.
 */
function bestBoundaries(
  text: string,
  claim: Claim,
  match: { start: number; end: number; errors: number },
  prefixFit: ContextFit,
  suffixFit: ContextFit,
): Placed {
  const { exact, prefix, suffix } = claim.quote;
  let best: Placed = {
    errors: match.errors,
    evidence: {
      start: match.start,
      end: match.end,
      quoteSimilarity: 1 - match.errors / exact.length,
      prefixSimilarity: prefixFit.similarity,
      suffixSimilarity: suffixFit.similarity,
    },
  };
  let bestScore = -1;
  const starts = keepWholeWords(text, startOptions(text, prefix, match.start, prefixFit), "start", claim);
  const ends = keepWholeWords(text, endOptions(text, suffix, match.end, suffixFit), "end", claim);
  for (const start of starts) {
    for (const end of ends) {
      if (start.offset >= end.offset) continue;
      const isMatched = start.offset === match.start && end.offset === match.end;
      const errors = isMatched ? match.errors : editDistance(exact, text.slice(start.offset, end.offset));
      const placed: Placed = {
        errors,
        evidence: {
          start: start.offset,
          end: end.offset,
          quoteSimilarity: 1 - errors / exact.length,
          prefixSimilarity: start.similarity,
          suffixSimilarity: end.similarity,
        },
      };
      const score = placedScore(placed);
      if (score > bestScore) [best, bestScore] = [placed, score];
    }
  }
  return best;
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
    const best = bestBoundaries(text, claim, match, prefixFit, suffixFit);
    if (best.errors === 0 || best.errors > budget) continue;
    found.push({ ...best.evidence, distance: distanceFromHint(claim, best.evidence.start) });
  }
  return found;
}
