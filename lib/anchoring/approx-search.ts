import {
  BITS,
  advanceBlock,
  createColumnState,
  rowsInBlock,
  slotOfCode,
  withCompiledPattern,
  type CompiledPattern,
} from "./bit-parallel";
import { findMatchStart } from "./alignment";

/**
 * Approximate string search (Myers' bit-parallel algorithm with Ukkonen's
 * cut-off: only the blocks that can still hold a cell within the error budget
 * are advanced). See bit-parallel.ts for the representation.
 */

export type MatchEnd = { end: number; errors: number };
export type ApproxMatch = { start: number; end: number; errors: number };

/**
 * Every end offset in text[from, to) where some substring ending there is
 * within `maxErrors` edits of `pattern` (substrings start at or after `from`).
 * With `onlyCheapest`, only the ends with the lowest cost are kept and the
 * budget drops to that cost as the scan goes (the approx-string-match
 * behaviour Hypothesis relies on; our benchmark's baseline uses it).
 */
export function findMatchEnds(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
  onlyCheapest = false,
): MatchEnd[] {
  if (pattern.length === 0) throw new RangeError("findMatchEnds: empty pattern");
  return withCompiledPattern(pattern, (compiled) => {
    if (compiled.blocks === 1) return findMatchEndsInOneWord(compiled, text, maxErrors, from, to, onlyCheapest);
    const { blocks, peq } = compiled;
    const lastBlock = blocks - 1;
    const state = createColumnState(compiled);
    const score = new Int32Array(blocks);
    // At column 0 row i costs i, so the blocks holding rows 1..maxErrors start active.
    let active = Math.min(lastBlock, Math.max(0, Math.ceil(maxErrors / BITS) - 1));
    for (let b = 0; b <= active; b++) score[b] = BITS * b + rowsInBlock(compiled, b);
    const ends: MatchEnd[] = [];
    for (let j = from; j < to; j++) {
      const base = slotOfCode[text.charCodeAt(j)] * blocks;
      let carry = 0;
      for (let b = 0; b <= active; b++) {
        carry = advanceBlock(state, b, peq[base + b], carry);
        score[b] += carry;
      }
      const next = active + 1;
      if (active < lastBlock && score[active] - carry <= maxErrors && ((peq[base + next] & 1) !== 0 || carry < 0)) {
        // The next block's top cell can reach the budget: bring it in, assuming
        // (as Myers does) its previous column rose by +1 per row, which is exact
        // enough because every cell of an inactive block exceeds the budget.
        state.plus[next] = -1;
        state.minus[next] = 0;
        const before = score[active] - carry + rowsInBlock(compiled, next);
        score[next] = before + advanceBlock(state, next, peq[base + next], carry);
        active = next;
      } else {
        while (active > 0 && score[active] >= maxErrors + rowsInBlock(compiled, active)) active--;
      }
      if (active === lastBlock && score[active] <= maxErrors) {
        if (onlyCheapest && score[active] < maxErrors) {
          ends.length = 0;
          maxErrors = score[active];
        }
        ends.push({ end: j + 1, errors: score[active] });
      }
    }
    return ends;
  });
}

/**
 * findMatchEnds for patterns of at most 32 code units (every context search):
 * the same recurrence as advanceBlock with the state in locals, which is
 * several times faster than going through typed arrays.
 */
function findMatchEndsInOneWord(
  compiled: CompiledPattern,
  text: string,
  maxErrors: number,
  from: number,
  to: number,
  onlyCheapest: boolean,
): MatchEnd[] {
  const { peq, length } = compiled;
  const bottom = 1 << (length - 1);
  let pv = -1;
  let mv = 0;
  let score = length;
  const ends: MatchEnd[] = [];
  for (let j = from; j < to; j++) {
    const eq = peq[slotOfCode[text.charCodeAt(j)]];
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & bottom) !== 0) score += 1;
    else if ((mh & bottom) !== 0) score -= 1;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= maxErrors) {
      if (onlyCheapest && score < maxErrors) {
        ends.length = 0;
        maxErrors = score;
      }
      ends.push({ end: j + 1, errors: score });
    }
  }
  return ends;
}

/**
 * Distinct approximate matches in text[from, to): ends within the budget form
 * runs (a cost changes by at most one per column), each run yields its
 * cheapest end, its start is recovered by a backwards alignment, and matches
 * that overlap (one edited region can dip under the budget more than once)
 * are merged, keeping the cheapest.
 */
export function findApproxMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): ApproxMatch[] {
  const runBests: MatchEnd[] = [];
  let previousEnd = -1;
  for (const candidate of findMatchEnds(text, pattern, maxErrors, from, to)) {
    const current = runBests.at(-1);
    if (current && candidate.end === previousEnd + 1) {
      if (candidate.errors < current.errors) runBests[runBests.length - 1] = candidate;
    } else {
      runBests.push(candidate);
    }
    previousEnd = candidate.end;
  }
  const matches: ApproxMatch[] = [];
  for (const { end, errors } of runBests) {
    const match = { start: findMatchStart(text, pattern, end, errors, from), end, errors };
    const previous = matches.at(-1);
    if (previous && match.start < previous.end) {
      if (match.errors < previous.errors) matches[matches.length - 1] = match;
    } else {
      matches.push(match);
    }
  }
  return matches;
}
