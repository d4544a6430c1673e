import { reverse, scanBottomRow } from "./bit-parallel";

/** Whole-string and anchored alignments on top of the bit-parallel DP. */

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
