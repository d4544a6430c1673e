import { exactEvidenceAt, findExactEvidence, findFuzzyEvidence, nearWindow, type Claim } from "./candidates";
import { CONTEXT_LENGTH } from "./context";
import { countEachOccurrence } from "./occurrences";
import { hasContextEcho, hasDeletionScar, hasDisplacedContext, hasOldPlace, isOldNeighbour } from "./doubts";
import {
  EDITED_QUOTE_WINDOW,
  compareEvidence,
  decideAnchor,
  hasBothContexts,
  isBeyondDoubt,
  scoreOf,
  type Evidence,
  type LazyChecks,
} from "./policy";
import type { AnchorResult, Selector, TextPositionSelector, TextQuoteSelector } from "./selectors";

/**
 * The two verbs of anchoring: describe a range of an article's canonical text
 * as W3C selectors, and find those selectors again in a (possibly edited)
 * text. The policy deciding when a match is good enough lives in policy.ts.
 */

export type Range = { start: number; end: number };

function checkRange(text: string, { start, end }: Range): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describeRange: offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(`describeRange: [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  if (start >= end) throw new RangeError(`describeRange: empty range [${start}, ${end})`);
}

function describeCounted(text: string, { start, end }: Range, occurrences: number): Selector[] {
  const quote: TextQuoteSelector = {
    type: "TextQuoteSelector",
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    occurrences,
  };
  const position: TextPositionSelector = { type: "TextPositionSelector", start, end };
  return [quote, position];
}

export function describeRange(text: string, start: number, end: number): Selector[] {
  return describeRanges(text, [{ start, end }])[0];
}

/** describeRange for many ranges of one text (an import, a re-anchoring): the quotes are counted in one pass. */
export function describeRanges(text: string, ranges: Range[]): Selector[][] {
  ranges.forEach((range) => checkRange(text, range));
  const counts = countEachOccurrence(
    text,
    ranges.map(({ start, end }) => text.slice(start, end)),
  );
  return ranges.map((range, index) => describeCounted(text, range, counts[index]));
}

/** Radius of the first, cheap search for an edited quote (most edits shift a claim less). */
const FIRST_FUZZY_RADIUS = 512;

function findQuote(selectors: Selector[]): TextQuoteSelector | undefined {
  return selectors.find((selector): selector is TextQuoteSelector => selector.type === "TextQuoteSelector");
}

function findPosition(selectors: Selector[]): TextPositionSelector | undefined {
  return selectors.find((selector): selector is TextPositionSelector => selector.type === "TextPositionSelector");
}

function isUsablePosition(position: TextPositionSelector | undefined): position is TextPositionSelector {
  return (
    position !== undefined &&
    Number.isInteger(position.start) &&
    Number.isInteger(position.end) &&
    position.start >= 0 &&
    position.start <= position.end
  );
}

function anchoredAt(evidence: Evidence): AnchorResult {
  return { status: "anchored", start: evidence.start, end: evidence.end, score: scoreOf(evidence) };
}

function overlapsAny(candidate: Evidence, others: Evidence[]): boolean {
  return others.some((other) => candidate.start < other.end && other.start < candidate.end);
}

/**
 * Finds the claim described by `selectors` in `text`. Without a quote there is
 * nothing to verify a position against, so the result is "orphaned".
 */
export function anchorSelectors(text: string, selectors: Selector[]): AnchorResult {
  const quote = findQuote(selectors);
  if (!quote || quote.exact.length === 0) return { status: "orphaned" };
  const position = findPosition(selectors);
  const hint = isUsablePosition(position) ? { start: position.start, end: position.end } : null;
  const claim: Claim = { quote, hint };

  // Fast path: the quote is still where it was and its neighbours with it.
  if (hint && text.startsWith(quote.exact, hint.start) && hint.end - hint.start === quote.exact.length) {
    const here = exactEvidenceAt(text, claim, hint.start);
    if (hasBothContexts(here)) return anchoredAt(here);
  }

  const exact = findExactEvidence(text, claim).sort(compareEvidence);
  const window = nearWindow(text, claim);
  const checks: LazyChecks = {
    hasPrefixEcho: (candidate) => hasContextEcho(text, claim, window, candidate, "prefix"),
    hasSuffixEcho: (candidate) => hasContextEcho(text, claim, window, candidate, "suffix"),
    hasDisplacedContext: (candidate) => hasDisplacedContext(text, claim, window, candidate),
    hasDeletionScar: (candidate) => hasDeletionScar(text, claim, window, candidate),
    isOnlyOccurrence: () => exact.length === 1,
    wasOnlyOccurrence: () => (quote.occurrences ?? 1) <= 1,
    lostOccurrences: () => Math.max(0, (quote.occurrences ?? 0) - exact.length),
    hasNearerCopy: (candidate) => exact.some((copy) => copy.distance <= candidate.distance),
    hasOldPlace: (candidate, options) => hasOldPlace(text, claim, window, candidate, options),
    isOldNeighbour: (candidate) => isOldNeighbour(text, claim, candidate),
  };

  // The exact quote with both neighbours near its old place: no edited copy
  // nearby could be a better explanation, so the fuzzy search is skipped.
  const [bestExact] = exact;
  if (bestExact && isBeyondDoubt(bestExact)) {
    return decideAnchor(exact, checks);
  }

  // Edited quotes: a small window first, the whole edited-quote window only if
  // that settles nothing. A candidate farther out could not beat one accepted
  // inside the small window: its contexts would echo nearer, at the accepted one.
  const spans = hint
    ? [nearWindow(text, claim, FIRST_FUZZY_RADIUS), nearWindow(text, claim, EDITED_QUOTE_WINDOW)]
    : [window];
  let result: AnchorResult = { status: "orphaned" };
  for (const span of spans) {
    const fuzzy = findFuzzyEvidence(text, claim, span).filter((candidate) => !overlapsAny(candidate, exact));
    result = decideAnchor([...exact, ...fuzzy].sort(compareEvidence), checks);
    const isSettled =
      result.status === "ambiguous" ||
      (result.status === "anchored" && span.from <= result.start && result.end <= span.to);
    if (isSettled) return result;
  }
  return result;
}
