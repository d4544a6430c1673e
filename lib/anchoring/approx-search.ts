/**
 * Approximate string matching with Myers' bit-parallel algorithm (Myers 1999),
 * in the blocked form with Ukkonen's cut-off (Hyyrö 2003) so that patterns of
 * any length work: the pattern is cut into 32-row blocks and only the blocks
 * that can still hold a cell within the error budget are advanced.
 *
 * Distances are Levenshtein distances over UTF-16 code units. A surrogate pair
 * therefore counts as two characters; that only makes astral characters a
 * little more expensive to edit, it never makes two different texts equal.
 */

export type MatchEnd = { end: number; errors: number };
export type ApproxMatch = { start: number; end: number; errors: number };

const BITS = 32;

/*
 * Char code -> 1-based slot of that char in the pattern being searched (0: not
 * in the pattern). One shared table instead of a Map per pattern because the
 * lookup sits in the innermost loop; it is filled before and cleared after
 * every search, and searches never nest (JavaScript is single-threaded and no
 * callback runs while a pattern is compiled), so callers never see the state.
 */
const slotOfCode = new Int32Array(65536);

type CompiledPattern = {
  length: number;
  blocks: number;
  /** peq[slot * blocks + block]: bit i set when pattern[block * 32 + i] has that slot */
  peq: Int32Array;
};

function withCompiledPattern<T>(pattern: string, run: (compiled: CompiledPattern) => T): T {
  const codes: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (slotOfCode[code] === 0) {
      codes.push(code);
      slotOfCode[code] = codes.length;
    }
  }
  const blocks = Math.ceil(pattern.length / BITS);
  const peq = new Int32Array((codes.length + 1) * blocks);
  for (let i = 0; i < pattern.length; i++) {
    peq[slotOfCode[pattern.charCodeAt(i)] * blocks + (i >>> 5)] |= 1 << (i & 31);
  }
  try {
    return run({ length: pattern.length, blocks, peq });
  } finally {
    for (const code of codes) slotOfCode[code] = 0;
  }
}

function rowsInBlock(pattern: CompiledPattern, block: number): number {
  return block === pattern.blocks - 1 ? pattern.length - BITS * block : BITS;
}

/** Column state of the DP matrix as vertical +1/-1 delta bit vectors, per block. */
type ColumnState = { plus: Int32Array; minus: Int32Array; bottomBit: Int32Array };

function createColumnState(pattern: CompiledPattern): ColumnState {
  const bottomBit = new Int32Array(pattern.blocks);
  for (let b = 0; b < pattern.blocks; b++) bottomBit[b] = 1 << (rowsInBlock(pattern, b) - 1);
  return { plus: new Int32Array(pattern.blocks).fill(-1), minus: new Int32Array(pattern.blocks), bottomBit };
}

/**
 * Advances one block by one text column. `carryIn` is the horizontal delta
 * (-1, 0, +1) entering the block's top row; returns the delta leaving its
 * bottom row, which is how the bottom row's score changes.
 */
function advanceBlock(state: ColumnState, block: number, equal: number, carryIn: number): number {
  const pv = state.plus[block];
  const mv = state.minus[block];
  const carryNegative = carryIn < 0 ? 1 : 0;
  const xv = equal | mv;
  const eq = equal | carryNegative;
  const xh = (((eq & pv) + pv) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const bottom = state.bottomBit[block];
  const carryOut = (ph & bottom) !== 0 ? 1 : (mh & bottom) !== 0 ? -1 : 0;
  ph = (ph << 1) | (carryIn > 0 ? 1 : 0);
  mh = (mh << 1) | carryNegative;
  state.plus[block] = mh | ~(xv | ph);
  state.minus[block] = ph & xv;
  return carryOut;
}

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
      if (
        active < lastBlock &&
        score[active] - carry <= maxErrors &&
        ((peq[base + next] & 1) !== 0 || carry < 0)
      ) {
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
 * Bottom-row scores of the full DP over text columns visited from `from` up
 * to `to` (or down, when `backwards`). `anchored` pins the match start to the
 * first visited column (global alignment on the text side); otherwise the
 * match may start anywhere (free start). scores[k] is the cost after k+1 columns.
 */
function scanBottomRow(
  text: string,
  pattern: string,
  from: number,
  to: number,
  backwards: boolean,
  anchored: boolean,
): Int32Array {
  return withCompiledPattern(pattern, (compiled) => {
    const { blocks, peq } = compiled;
    const state = createColumnState(compiled);
    const scores = new Int32Array(Math.max(0, to - from));
    let bottomScore = pattern.length;
    const topCarry = anchored ? 1 : 0;
    for (let k = 0; k < scores.length; k++) {
      const j = backwards ? to - 1 - k : from + k;
      const base = slotOfCode[text.charCodeAt(j)] * blocks;
      let carry = topCarry;
      for (let b = 0; b < blocks; b++) carry = advanceBlock(state, b, peq[base + b], carry);
      bottomScore += carry;
      scores[k] = bottomScore;
    }
    return scores;
  });
}

function reverse(value: string): string {
  let reversed = "";
  for (let i = value.length - 1; i >= 0; i--) reversed += value[i];
  return reversed;
}

/** Levenshtein distance between two strings (UTF-16 code units). */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const [pattern, text] = a.length <= b.length ? [a, b] : [b, a];
  const scores = scanBottomRow(text, pattern, 0, text.length, false, true);
  return scores[scores.length - 1];
}

/**
 * Cost of aligning all of `pattern` so that it ends exactly at each offset of
 * text[from, to], with a free start: result[k] is the cost for end from + k.
 * Used to score a context string that must sit right before a boundary.
 */
export function alignmentCostsEndingAt(text: string, pattern: string, from: number, to: number): Int32Array {
  const costs = new Int32Array(to - from + 1);
  costs[0] = pattern.length;
  costs.set(scanBottomRow(text, pattern, from, to, false, false), 1);
  return costs;
}

/**
 * Mirror of alignmentCostsEndingAt: result[k] is the cost of aligning all of
 * `pattern` so that it starts exactly at offset to - k, with a free end.
 */
export function alignmentCostsStartingAt(text: string, pattern: string, from: number, to: number): Int32Array {
  const costs = new Int32Array(to - from + 1);
  costs[0] = pattern.length;
  costs.set(scanBottomRow(text, reverse(pattern), from, to, true, false), 1);
  return costs;
}

/**
 * Start of the best match of `pattern` ending at `end` with `errors` edits:
 * the fewest errors, then the length closest to the pattern's.
 */
export function findMatchStart(text: string, pattern: string, end: number, errors: number, from = 0): number {
  const lowest = Math.max(from, end - pattern.length - errors);
  const scores = scanBottomRow(text, reverse(pattern), lowest, end, true, true);
  let bestLength = 0;
  let bestScore = pattern.length;
  for (let k = 0; k < scores.length; k++) {
    const length = k + 1;
    const isCloser = Math.abs(length - pattern.length) < Math.abs(bestLength - pattern.length);
    if (scores[k] < bestScore || (scores[k] === bestScore && isCloser)) {
      bestScore = scores[k];
      bestLength = length;
    }
  }
  return end - bestLength;
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
