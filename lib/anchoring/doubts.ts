import { findApproxMatches, type ApproxMatch } from "./approx-search";
import { type Claim, type Span, SNAP_RADIUS } from "./candidates";
import { fitPrefix, fitSuffix } from "./context";
import { keepsOwnSentence } from "./own-sentence";
import { CONTEXT_DAMAGED, CONTEXT_INTACT, type Evidence, type OldPlaceOptions } from "./policy";

/**
 * Evidence against a candidate: signs in the text that the claim's words
 * were removed, or that the candidate's neighbours are not really the
 * claim's. Each check runs only for the few candidates that reach it (see
 * LazyChecks in policy.ts). Every search stays within the near window.
 */

type Side = "prefix" | "suffix";

/** Contexts shorter than this say too little to be searched for on their own. */
const MIN_SEARCHABLE_CONTEXT = 16;

/**
 * An insertion between a claim and its context of up to this many characters
 * (a sentence) is still "next to it". Larger gaps are not excused: past a
 * sentence or two, "the claim's neighbour moved away from it" and "the claim
 * was deleted and a copy of its clause stands earlier" look the same.
 */
const DISPLACEMENT_GAP = 256;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Edits allowed when looking for a scar (prefix + suffix, up to 64
 * characters): deleting a sentence leaves a doubled or missing space, or a
 * newline where a space was. More would find "scars" in formulaic text.
 */
const SCAR_ERRORS = 2;

/**
 * A context that went missing at a candidate (or echoes an intact one) is
 * looked for exactly, except for the separator next to the claim: when a
 * claim is cut out its neighbours stay as they were, but a space may become a
 * line break (the claim ended a paragraph). Allowing an edit anywhere would
 * let formulaic text that differs by a digit ("... over 8 years. " /
 * "... over 9 years. ") pass for the neighbour.
 */
function findContextIgnoringSeparator(
  text: string,
  context: string,
  side: Side,
  span: Span,
  errors = 0,
): ApproxMatch[] {
  const core = side === "prefix" ? context.slice(0, -1) : context.slice(1);
  return findApproxMatches(text, core, errors, span.from, span.to).map((match) =>
    side === "prefix" ? { ...match, end: match.end + 1 } : { ...match, start: match.start - 1 },
  );
}

/**
 * The claim was cut out near its stored position if its prefix now runs
 * straight into its suffix there. The error budget stays below the quote's
 * length so the claim's own, intact place never counts as a scar, and scars
 * overlapping the candidate are the candidate's own text (see hasTwinNeighbour).
 */
export function hasDeletionScar(
  text: string,
  claim: Claim,
  window: Span,
  candidate: Evidence,
  errors = SCAR_ERRORS,
): boolean {
  const { exact, prefix, suffix } = claim.quote;
  if (prefix.length < MIN_SEARCHABLE_CONTEXT || suffix.length < MIN_SEARCHABLE_CONTEXT) return false;
  const budget = Math.min(errors, exact.length - 1);
  const joined = prefix + suffix;
  const span = atLeastAsNearSpan(claim, window, candidate.start, "prefix", joined.length);
  return findApproxMatches(text, joined, budget, span.from, span.to).some(
    (scar) =>
      !overlaps(scar, candidate) && isAtLeastAsNear(claim, scar.start + prefix.length, candidate.start, "prefix"),
  );
}

/**
 * Was the claim written twice in a row (its stored prefix is its own ending,
 * or its stored suffix its own beginning, give or take the separator)? Then,
 * if that neighbour is gone, nobody can tell which of the twins was removed.
 */
export function hasTwinNeighbour(claim: Claim, candidate: Evidence): boolean {
  const { exact, prefix, suffix } = claim.quote;
  const isTwinBefore = prefix.length > 1 && exact.endsWith(prefix.slice(0, -1));
  const isTwinAfter = suffix.length > 1 && exact.startsWith(suffix.slice(1));
  return (
    (isTwinBefore && candidate.prefixSimilarity < CONTEXT_DAMAGED) ||
    (isTwinAfter && candidate.suffixSimilarity < CONTEXT_DAMAGED)
  );
}

/**
 * Where a stray context (or scar) of `length` characters could stand and be
 * at least as near the stored boundary as the candidate's boundary is: only
 * there does finding one argue against the candidate.
 */
function atLeastAsNearSpan(claim: Claim, window: Span, candidateBoundary: number, side: Side, length: number): Span {
  if (claim.hint === null) return window;
  const stored = side === "prefix" ? claim.hint.start : claim.hint.end;
  const reach = Math.abs(candidateBoundary - stored) + length + SCAR_ERRORS;
  return { from: Math.max(window.from, stored - reach), to: Math.min(window.to, stored + reach) };
}

function errorsFor(context: string, similarity: number): number {
  return Math.max(0, Math.floor(context.length * (1 - similarity) + 1e-9));
}

/**
 * A context found away from the candidate argues against the candidate only
 * if it implies no larger shift from the stored position than the candidate
 * does: the claim's old neighbours stay where the claim was, while a
 * formulaic phrase ("..., while supporters point to") recurs anywhere.
 * Without a stored position every stray counts.
 */
function isAtLeastAsNear(claim: Claim, strayBoundary: number, candidateBoundary: number, side: Side): boolean {
  if (claim.hint === null) return true;
  const stored = side === "prefix" ? claim.hint.start : claim.hint.end;
  return Math.abs(strayBoundary - stored) <= Math.abs(candidateBoundary - stored);
}

/**
 * Is the candidate's intact prefix (or suffix) just as intact somewhere else
 * near the stored position, at least as near as at the candidate? Then it
 * does not single the candidate out.
 */
export function hasContextEcho(text: string, claim: Claim, window: Span, candidate: Evidence, side: Side): boolean {
  const isPrefix = side === "prefix";
  const context = isPrefix ? claim.quote.prefix : claim.quote.suffix;
  if (context.length < MIN_SEARCHABLE_CONTEXT) return false;
  const own = isPrefix ? candidate.prefixSimilarity : candidate.suffixSimilarity;
  const budget = Math.min(errorsFor(context, own), errorsFor(context, CONTEXT_INTACT));
  const boundary = isPrefix ? candidate.start : candidate.end;
  const span = atLeastAsNearSpan(claim, window, boundary, side, context.length);
  return findContextIgnoringSeparator(text, context, side, span, budget).some((match) => {
    const strayBoundary = isPrefix ? match.end : match.start;
    const isOwn = Math.abs(strayBoundary - boundary) <= SNAP_RADIUS || overlaps(match, candidate);
    return !isOwn && isAtLeastAsNear(claim, strayBoundary, boundary, side);
  });
}

/**
 * Does a context missing at the candidate stand elsewhere near the stored
 * position, at least as near as the candidate, and not where an insertion
 * next to the candidate would have pushed it? Exactly, or with `edited`
 * copy-edited up to CONTEXT_DAMAGED (then a match at the candidate's own
 * boundary is its own context, not a stray).
 */
function hasStrayContext(
  text: string,
  claim: Claim,
  window: Span,
  candidate: Evidence,
  edited: { excuseGaps: boolean } | null = null,
): boolean {
  const { prefix, suffix } = claim.quote;
  // Excusing a gap between the candidate and a stray as an insertion is only safe when the other side is exactly the
  // stored one. A copy-edited stray is excused only with `excuseGaps` (neither side intact: it is then what replacing
  // the neighbour with a longer one leaves); otherwise an insertion and an edit next to the claim look like the
  // claim's sentence deleted with a repeated copy a few sentences on.
  const gapFor = (stray: ApproxMatch, otherSide: number) =>
    (stray.errors > 0 ? edited?.excuseGaps === true : otherSide === 1) ? DISPLACEMENT_GAP : 0;
  if (candidate.prefixSimilarity < CONTEXT_INTACT && prefix.length >= MIN_SEARCHABLE_CONTEXT) {
    const span = atLeastAsNearSpan(claim, window, candidate.start, "prefix", prefix.length);
    const errors = edited ? errorsFor(prefix, CONTEXT_DAMAGED) : 0;
    const stray = findContextIgnoringSeparator(text, prefix, "prefix", span, errors).some(
      (match) =>
        !overlaps(match, candidate) &&
        (!edited || Math.abs(match.end - candidate.start) > SNAP_RADIUS) &&
        (match.end > candidate.start || candidate.start - match.end > gapFor(match, candidate.suffixSimilarity)) &&
        isAtLeastAsNear(claim, match.end, candidate.start, "prefix"),
    );
    if (stray) return true;
  }
  if (candidate.suffixSimilarity < CONTEXT_INTACT && suffix.length >= MIN_SEARCHABLE_CONTEXT) {
    const span = atLeastAsNearSpan(claim, window, candidate.end, "suffix", suffix.length);
    const errors = edited ? errorsFor(suffix, CONTEXT_DAMAGED) : 0;
    const stray = findContextIgnoringSeparator(text, suffix, "suffix", span, errors).some(
      (match) =>
        !overlaps(match, candidate) &&
        (!edited || Math.abs(match.start - candidate.end) > SNAP_RADIUS) &&
        (match.start < candidate.end || match.start - candidate.end > gapFor(match, candidate.prefixSimilarity)) &&
        isAtLeastAsNear(claim, match.start, candidate.end, "suffix"),
    );
    if (stray) return true;
  }
  return false;
}

/**
 * For a candidate with only one intact context: does the other context still
 * exist near the stored position, at least as near as the candidate, and not
 * where an insertion next to the candidate would have pushed it? Then the
 * claim most likely left that place.
 */
export function hasDisplacedContext(text: string, claim: Claim, window: Span, candidate: Evidence): boolean {
  if (!keepsOwnSentence(text, claim.quote, candidate.start, candidate.end)) return true;
  if (hasStrayContext(text, claim, window, candidate)) return true;
  return hasTwinNeighbour(claim, candidate) || hasDeletionScar(text, claim, window, candidate);
}

/**
 * Scar budget for a candidate whose contexts were both changed: the stored
 * prefix and suffix may have been copy-edited as much as the candidate's own
 * contexts were, up to CONTEXT_DAMAGED (a claim deleted and its neighbours
 * copy-edited in the same revision). Never less than SCAR_ERRORS.
 */
function editedScarErrors(claim: Claim, candidate: Evidence): number {
  const { prefix, suffix } = claim.quote;
  const prefixErrors = errorsFor(prefix, Math.max(candidate.prefixSimilarity, CONTEXT_DAMAGED));
  const suffixErrors = errorsFor(suffix, Math.max(candidate.suffixSimilarity, CONTEXT_DAMAGED));
  return Math.max(SCAR_ERRORS, prefixErrors + suffixErrors);
}

/**
 * For a candidate with neither context intact (tiers 5 and 6 in policy.ts): is
 * the claim's old place still visible, at least as near as the candidate? A
 * stored context standing elsewhere (copy-edited no more than CONTEXT_DAMAGED
 * allows: the claim deleted and its neighbours copy-edited in one revision),
 * the claim written twice in a row, or the stored prefix running into the
 * stored suffix. A copy-edited context a sentence away from the candidate
 * counts only without `excuseGaps`. With `ownSentence`, also
 * when the parts of the claim's own sentence inside the stored contexts are
 * not exactly around the candidate (the same words in a different sentence).
 */
export function hasOldPlace(
  text: string,
  claim: Claim,
  window: Span,
  candidate: Evidence,
  options: OldPlaceOptions,
): boolean {
  if (options.ownSentence && !keepsOwnSentence(text, claim.quote, candidate.start, candidate.end)) return true;
  const edited = { excuseGaps: options.excuseGaps };
  if (hasStrayContext(text, claim, window, candidate, edited) || hasTwinNeighbour(claim, candidate)) return true;
  return hasDeletionScar(text, claim, window, candidate, editedScarErrors(claim, candidate));
}

/**
 * Does the candidate start where the stored suffix fits (or end where the
 * stored prefix fits), edited at most as much as CONTEXT_DAMAGED allows? Then
 * the candidate may be the claim's old neighbour that slid into the gap the
 * deleted claim left, not the claim.
 */
export function isOldNeighbour(text: string, claim: Claim, candidate: Evidence): boolean {
  const { prefix, suffix } = claim.quote;
  const suffixHere =
    suffix.length >= MIN_SEARCHABLE_CONTEXT &&
    fitSuffix(text, suffix, candidate.start, SNAP_RADIUS).similarity >= CONTEXT_DAMAGED;
  const prefixHere =
    prefix.length >= MIN_SEARCHABLE_CONTEXT &&
    fitPrefix(text, prefix, candidate.end, SNAP_RADIUS).similarity >= CONTEXT_DAMAGED;
  return suffixHere || prefixHere;
}
