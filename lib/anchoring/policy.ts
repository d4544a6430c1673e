import type { AnchorCandidate, AnchorResult } from "./selectors";

/**
 * When a place in the new text may be called "the claim". A wrong overlay is
 * the worst failure, so every rule errs towards flagging (orphaned/ambiguous)
 * and a person re-attaches the claim.
 *
 * Evidence for a candidate place: how similar its text is to the stored quote,
 * whether the stored prefix and suffix are intact around it, and its distance
 * from the stored position. A candidate is accepted in one of these tiers:
 *
 * 1. Exact quote, both contexts intact: anywhere (the text around it moved).
 * 2. Edited quote (within the error budget), both contexts intact, within
 *    EDITED_QUOTE_WINDOW, and neither context intact anywhere at least as
 *    near. Both contexts, because that is what separates "the claim's own
 *    sentence, edited" from "a lookalike sentence elsewhere": a lookalike has
 *    other neighbours. Unique contexts, because when the claim's sentence was
 *    deleted its old neighbours are still there, and a lookalike that happens
 *    to share one must not inherit the claim. Close, because a near-identical
 *    paragraph (same neighbours too) cannot be told from an edit plus a shift.
 * 3. Exact quote within NEAR_WINDOW with one context intact and the other
 *    damaged (a neighbour's word changed); or with the other gone, provided
 *    the intact one is not echoed at least as near, the claim's own sentence
 *    is still around it (own-sentence.ts), and the missing context does not
 *    stand at least as near somewhere else (then the claim left that place).
 * 4. Exact quote within NEAR_WINDOW, found nowhere else in the text, with both
 *    contexts damaged (edited, not replaced: each still CONTEXT_DAMAGED
 *    similar): a copy-edit touched the words on both sides of the claim. A
 *    lookalike or a repeated sentence would need both neighbours to be near
 *    copies by chance, and a second occurrence of the quote anywhere flags it.
 * 5. Exact quote of at least SELF_EVIDENT_QUOTE characters within NEAR_WINDOW,
 *    found nowhere else in the text, with neither context intact (the
 *    sentences around it rewritten, not just edited): words that long, once
 *    in the text, are the claim's own. Unless the claim's old place is still
 *    visible at least as near: a stored context standing elsewhere, even
 *    copy-edited (up to CONTEXT_DAMAGED), or the stored prefix running into
 *    the stored suffix, or the claim's own sentence not around it. Then
 *    the words most likely are a second copy (a repeated sentence) and the
 *    claim's occurrence was deleted; a sentence moved away from neighbours
 *    that closed up behind it looks exactly the same, so it is flagged too.
 * 6. Edited quote of at least SELF_EVIDENT_QUOTE characters (where it stands
 *    now) within EDITED_QUOTE_WINDOW with both contexts edited (each
 *    at least CONTEXT_DAMAGED similar, neither intact): the claim and both
 *    neighbours copy-edited. Not when the claim's old place is still visible
 *    (as in tier 5), nor when the candidate fits where the stored suffix
 *    started or the stored prefix ended (it is the claim's old neighbour,
 *    slid into the gap the deleted claim left). An intact context is not
 *    enough here: a formulaic sibling sliding into a deleted claim's slot
 *    inherits one, which is why tier 2 wants both.
 *
 * Tiers 3 to 6 also weigh how many times the quote stood in the text it was described on (the selector's
 * `occurrences`; unknown counts as once). Tiers 4 and 5 want the words to have been unique then as well as now: a
 * repeated sentence whose annotated copy was deleted leaves a copy that is, by then, once in the text. Tier 3 refuses
 * when a copy of the exact words has gone since (an intact context can be the claim's own sentence, which every copy
 * shares), and tier 6 when more than one has gone (the candidate's edit explains one) or when an exact copy stands at
 * least as near the stored position as the candidate (the claim with its neighbours rewritten, the candidate a
 * copy-edited twin further on).
 *
 * Whatever the tier, a "deletion scar" at least as near (the stored prefix
 * running straight into the stored suffix) means the claim was cut out there;
 * only a tier-1 candidate within NEAR_WINDOW outweighs it. A runner-up within
 * AMBIGUITY_MARGIN of the best, or a far best while a near candidate is also
 * acceptable, makes the result ambiguous.
 */

/**
 * Minimum prefix/suffix similarity for a context to count as intact: at most
 * one edit in 32 characters (a space that became a line break when a
 * paragraph was split or joined). A neighbour nobody touched is exact, while
 * formulaic neighbours ("... million euros over 5 years. ") come within two
 * or three edits of each other by chance, so anything looser lets lookalikes
 * in. A neighbour with a changed word is simply not evidence (tier 3).
 */
export const CONTEXT_INTACT = 0.96;

/**
 * A context this similar (but not intact) was edited rather than replaced:
 * one changed word in 32 characters scores about 0.8. An exact quote with one
 * intact and one damaged context is the claim with an edited neighbour; a
 * copy of the quote elsewhere would need both neighbours to agree by chance.
 */
export const CONTEXT_DAMAGED = 0.75;

/**
 * How far (in characters) from the stored position an exact quote with one
 * context may be, and the reach of every search for doubts. Covers the shifts
 * of ordinary article updates (a few paragraphs added or removed before the
 * claim). The searches never scan the whole text, which keeps re-anchoring cheap.
 */
export const NEAR_WINDOW = 2048;

/**
 * How far from the stored position an edited quote may be. An edit plus a
 * shift of more than a couple of paragraphs is weaker evidence than a
 * near-identical paragraph standing that far away, so we flag instead.
 */
export const EDITED_QUOTE_WINDOW = 1024;

/**
 * A runner-up this close (in score) to the best is too close to call. 0.1 is
 * e.g. the same contexts with one more word changed in a 50-character quote.
 */
export const AMBIGUITY_MARGIN = 0.1;

/**
 * A second exact occurrence whose contexts are at least this similar to the stored ones may be the claim with its
 * neighbours copy-edited (two changed words in 32 characters score about 0.6); next to it no weaker candidate is
 * certain. Unrelated neighbours score far lower.
 */
export const EDITED_TWIN_CONTEXT = 0.5;

/**
 * An exact quote this long (in characters), once in the whole text, is evidence on its own (tier 5): a sentence or a
 * long clause is not repeated by chance, while a short phrase ("told a local newspaper", "the mayor said on Monday")
 * recurs in any article. Shorter quotes still need edited, not rewritten, neighbours (tier 4).
 */
export const SELF_EVIDENT_QUOTE = 32;

/** Score weights: the quote matters most, each context half as much. */
const QUOTE_WEIGHT = 0.5;
const PREFIX_WEIGHT = 0.25;
const SUFFIX_WEIGHT = 0.25;

/**
 * Error budget for an edited quote: about one replaced word (a long word is
 * 12-13 characters) plus 1 edit per 16 characters for punctuation and typos.
 * Two changed words in a short sentence are over budget on purpose: a
 * lookalike "differs by a word or two", and when the claim's sentence is
 * deleted a formulaic sibling can slide into its exact slot, between the same
 * neighbours; only the size of the difference tells it from an edit.
 * (Hypothesis allows half the quote's length.)
 */
export function maxQuoteErrors(quoteLength: number): number {
  return 12 + Math.floor(quoteLength / 16);
}

export type Evidence = {
  start: number;
  end: number;
  quoteSimilarity: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
  /** from the stored start; 0 when there is no stored position */
  distance: number;
};

function isNear(evidence: Evidence): boolean {
  return evidence.distance <= NEAR_WINDOW;
}

export function scoreOf(evidence: Evidence): number {
  return (
    QUOTE_WEIGHT * evidence.quoteSimilarity +
    PREFIX_WEIGHT * evidence.prefixSimilarity +
    SUFFIX_WEIGHT * evidence.suffixSimilarity
  );
}

export function isExact(evidence: Evidence): boolean {
  return evidence.quoteSimilarity === 1;
}

export function isPrefixIntact(evidence: Evidence): boolean {
  return evidence.prefixSimilarity >= CONTEXT_INTACT;
}

export function isSuffixIntact(evidence: Evidence): boolean {
  return evidence.suffixSimilarity >= CONTEXT_INTACT;
}

export function hasBothContexts(evidence: Evidence): boolean {
  return isPrefixIntact(evidence) && isSuffixIntact(evidence);
}

/**
 * `ownSentence`: the parts of the claim's own sentence inside the stored contexts must stand around the candidate.
 * `excuseGaps`: a copy-edited context up to a sentence away from the candidate may be the candidate's own neighbour
 * with a sentence inserted or replaced in between (only when neither context is intact at the candidate).
 */
export type OldPlaceOptions = { ownSentence: boolean; excuseGaps: boolean };

/** Checks that need the text; run only for the few candidates that reach them. */
export type LazyChecks = {
  /** the candidate's intact prefix (suffix) is also intact somewhere else nearby */
  hasPrefixEcho(evidence: Evidence): boolean;
  hasSuffixEcho(evidence: Evidence): boolean;
  /** a context missing at the candidate stands elsewhere nearby (not just pushed aside by an insertion) */
  hasDisplacedContext(evidence: Evidence): boolean;
  /** the stored prefix and suffix stand next to each other near the stored position, away from the candidate */
  hasDeletionScar(evidence: Evidence): boolean;
  /** the exact quote occurs once in the whole text */
  isOnlyOccurrence(evidence: Evidence): boolean;
  /** the quote occurred once in the text it was described on (or nobody knows: a selector without the count) */
  wasOnlyOccurrence(evidence: Evidence): boolean;
  /** how many of the exact quote's occurrences in the text it was described on are gone (0 when nobody knows) */
  lostOccurrences(evidence: Evidence): number;
  /** an exact occurrence of the quote stands at least as near the stored position as the (edited) candidate */
  hasNearerCopy(evidence: Evidence): boolean;
  /**
   * the claim's old place is still visible at least as near as the candidate (tiers 5 and 6): a missing context
   * standing elsewhere, the stored prefix and suffix joined (copy-edited at most as much as CONTEXT_DAMAGED allows),
   * or (with `ownSentence`) the claim's own sentence not around the candidate
   */
  hasOldPlace(evidence: Evidence, options: OldPlaceOptions): boolean;
  /** the candidate fits where the stored suffix started or the stored prefix ended: it may be the old neighbour */
  isOldNeighbour(evidence: Evidence): boolean;
};

/** Tier 3: one context intact, so the claim's old place is wherever the other one still stands. */
const STRICT: OldPlaceOptions = { ownSentence: true, excuseGaps: false };
/** Tiers 4 and 6: both contexts edited; the own sentence may be one of them. */
const EDITED_AROUND: OldPlaceOptions = { ownSentence: false, excuseGaps: false };
/** Tier 5: the exact words and nothing else; their own sentence must be around them. */
const REWRITTEN_AROUND: OldPlaceOptions = { ownSentence: true, excuseGaps: true };

function hasEditedContexts(evidence: Evidence): boolean {
  return evidence.prefixSimilarity >= CONTEXT_DAMAGED && evidence.suffixSimilarity >= CONTEXT_DAMAGED;
}

function hasNoIntactContext(evidence: Evidence): boolean {
  return !isPrefixIntact(evidence) && !isSuffixIntact(evidence);
}

export function isAcceptable(evidence: Evidence, checks: LazyChecks): boolean {
  if (isExact(evidence) && hasBothContexts(evidence)) return true;
  if (!isExact(evidence)) {
    if (evidence.distance > EDITED_QUOTE_WINDOW) return false;
    if (hasBothContexts(evidence)) return !checks.hasPrefixEcho(evidence) && !checks.hasSuffixEcho(evidence);
    if (!isSelfEvident(evidence) || !hasNoIntactContext(evidence) || !hasEditedContexts(evidence)) return false;
    return (
      checks.lostOccurrences(evidence) <= 1 &&
      !checks.hasNearerCopy(evidence) &&
      !checks.isOldNeighbour(evidence) &&
      !checks.hasOldPlace(evidence, EDITED_AROUND)
    );
  }
  if (!isNear(evidence)) return false;
  if (isSelfEvident(evidence) && hasNoIntactContext(evidence) && !hasEditedContexts(evidence)) {
    return (
      checks.isOnlyOccurrence(evidence) &&
      checks.wasOnlyOccurrence(evidence) &&
      !checks.hasOldPlace(evidence, REWRITTEN_AROUND)
    );
  }
  // one context intact: a copy of the words that went since the claim was made may have been the claim's
  if ((isPrefixIntact(evidence) || isSuffixIntact(evidence)) && checks.lostOccurrences(evidence) > 0) return false;
  if (isPrefixIntact(evidence)) {
    if (evidence.suffixSimilarity >= CONTEXT_DAMAGED) {
      return !checks.hasDeletionScar(evidence) && !checks.hasOldPlace(evidence, STRICT);
    }
    return (
      !checks.hasPrefixEcho(evidence) && !checks.hasDisplacedContext(evidence) && !checks.hasOldPlace(evidence, STRICT)
    );
  }
  if (isSuffixIntact(evidence)) {
    if (evidence.prefixSimilarity >= CONTEXT_DAMAGED) {
      return !checks.hasDeletionScar(evidence) && !checks.hasOldPlace(evidence, STRICT);
    }
    return (
      !checks.hasSuffixEcho(evidence) && !checks.hasDisplacedContext(evidence) && !checks.hasOldPlace(evidence, STRICT)
    );
  }
  if (hasEditedContexts(evidence)) {
    return (
      checks.isOnlyOccurrence(evidence) &&
      checks.wasOnlyOccurrence(evidence) &&
      !checks.hasDeletionScar(evidence) &&
      !checks.hasOldPlace(evidence, EDITED_AROUND)
    );
  }
  return false;
}

function isSelfEvident(evidence: Evidence): boolean {
  return evidence.end - evidence.start >= SELF_EVIDENT_QUOTE;
}

function overlaps(a: Evidence, b: Evidence): boolean {
  return a.start < b.end && b.start < a.end;
}

function toCandidate(evidence: Evidence): AnchorCandidate {
  return { start: evidence.start, end: evidence.end, score: scoreOf(evidence) };
}

/** Turns the gathered evidence into a result. `evidence` is sorted best first. */
export function decideAnchor(evidence: Evidence[], checks: LazyChecks): AnchorResult {
  const acceptable = evidence.filter((candidate) => isAcceptable(candidate, checks));
  if (acceptable.length === 0) return { status: "orphaned" };
  const [best, ...others] = acceptable;
  const bestScore = scoreOf(best);
  const rivals = others.filter((other) => !overlaps(other, best) && scoreOf(other) >= bestScore - AMBIGUITY_MARGIN);
  const nearAlternatives = isNear(best) ? [] : others.filter(isNear);
  // another exact occurrence nearby whose neighbours were only edited (tier 4's shape, refused there because the
  // quote is not unique) is as good an explanation as a candidate short of tier 1: nobody can tell which is the claim
  const editedTwins = isExact(best) && hasBothContexts(best) ? [] : evidence.filter((e) => isEditedTwin(e, best));
  if (rivals.length > 0 || nearAlternatives.length > 0 || editedTwins.length > 0) {
    return {
      status: "ambiguous",
      candidates: [best, ...rivals, ...nearAlternatives, ...editedTwins].map(toCandidate),
    };
  }
  if (!isBeyondDoubt(best) && checks.hasDeletionScar(best)) return { status: "orphaned" };
  return { status: "anchored", ...toCandidate(best) };
}

/** Best first; equal scores go to the candidate nearer the stored position. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return scoreOf(b) - scoreOf(a) || a.distance - b.distance;
}

function isEditedTwin(candidate: Evidence, best: Evidence): boolean {
  return (
    !overlaps(candidate, best) &&
    isExact(candidate) &&
    isNear(candidate) &&
    candidate.prefixSimilarity >= EDITED_TWIN_CONTEXT &&
    candidate.suffixSimilarity >= EDITED_TWIN_CONTEXT
  );
}

/** The candidate within NEAR_WINDOW with the quote and both contexts intact, if it is the best. */
export function isBeyondDoubt(evidence: Evidence): boolean {
  return isExact(evidence) && hasBothContexts(evidence) && isNear(evidence);
}
