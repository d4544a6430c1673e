/**
 * The machinery of Myers' bit-parallel edit-distance algorithm (Myers 1999),
 * blocked as in Hyyrö 2003 so patterns of any length work: the pattern is cut
 * into 32-row blocks whose vertical +1/-1 deltas live in 32-bit words.
 * Searching (approx-search.ts) and aligning (alignment.ts) build on it.
 *
 * Distances are Levenshtein distances over UTF-16 code units. A surrogate pair
 * therefore counts as two characters; that only makes astral characters a
 * little more expensive to edit, it never makes two different texts equal.
 */

export const BITS = 32;

/*
 * Char code -> 1-based slot of that char in the pattern being searched (0: not
 * in the pattern). One shared table instead of a Map per pattern because the
 * lookup sits in the innermost loop; it is filled before and cleared after
 * every search, and searches never nest (JavaScript is single-threaded and no
 * callback runs while a pattern is compiled), so callers never see the state.
 */
export const slotOfCode = new Int32Array(65536);

export type CompiledPattern = {
  length: number;
  blocks: number;
  /** peq[slot * blocks + block]: bit i set when pattern[block * 32 + i] has that slot */
  peq: Int32Array;
};

export function withCompiledPattern<T>(pattern: string, run: (compiled: CompiledPattern) => T): T {
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

export function rowsInBlock(pattern: CompiledPattern, block: number): number {
  return block === pattern.blocks - 1 ? pattern.length - BITS * block : BITS;
}

/** Column state of the DP matrix as vertical +1/-1 delta bit vectors, per block. */
export type ColumnState = { plus: Int32Array; minus: Int32Array; bottomBit: Int32Array };

export function createColumnState(pattern: CompiledPattern): ColumnState {
  const bottomBit = new Int32Array(pattern.blocks);
  for (let b = 0; b < pattern.blocks; b++) bottomBit[b] = 1 << (rowsInBlock(pattern, b) - 1);
  return { plus: new Int32Array(pattern.blocks).fill(-1), minus: new Int32Array(pattern.blocks), bottomBit };
}

/**
 * Advances one block by one text column. `carryIn` is the horizontal delta
 * (-1, 0, +1) entering the block's top row; returns the delta leaving its
 * bottom row, which is how the bottom row's score changes.
 */
export function advanceBlock(state: ColumnState, block: number, equal: number, carryIn: number): number {
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
 * Bottom-row scores of the full DP over text columns visited from `from` up
 * to `to` (or down, when `backwards`). `anchored` pins the match start to the
 * first visited column (global alignment on the text side); otherwise the
 * match may start anywhere (free start). scores[k] is the cost after k+1 columns.
 */
export function scanBottomRow(
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

export function reverse(value: string): string {
  let reversed = "";
  for (let i = value.length - 1; i >= 0; i--) reversed += value[i];
  return reversed;
}
