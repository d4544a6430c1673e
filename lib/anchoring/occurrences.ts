/**
 * How many times a quote stands in a text, overlapping occurrences included (as anchoring finds them): the count a
 * selector keeps so that re-anchoring knows whether the words were unique (selectors.ts, policy.ts).
 */

export function countOccurrences(text: string, words: string): number {
  if (words.length === 0) return 0;
  let count = 0;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) count++;
  return count;
}

/**
 * Characters of a quote's start that a single pass compares by hash, longest first: a quote of 32 or more characters
 * is keyed on 32 (formulaic sentence openings share 16), one of 16-31 on 16; shorter ones are counted one by one.
 */
const KEY_LENGTHS = [32, 16];
/** Below this many quotes, one search each is cheaper than hashing the whole text once. */
const BATCH_FROM = 8;
const HASH_BASE = 31;
/**
 * Bits of the hash that index a table of "some quote may start here" flags (2 MB): most places in a text start no
 * quote, and a typed-array read rules them out far faster than a Map lookup.
 */
const FLAG_BITS = 21;
const FLAG_MASK = (1 << FLAG_BITS) - 1;

function hashOf(text: string, from: number, length: number): number {
  let hash = 0;
  for (let i = from; i < from + length; i++) hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(i)) | 0;
  return hash;
}

/** One pass over `text` with a rolling hash of `length` characters, counting the quotes at `indices` where they start. */
function countByKey(text: string, quotes: string[], indices: number[], length: number, counts: number[]): void {
  if (indices.length === 0 || text.length < length) return;
  const keyed = new Map<number, number[]>();
  const mayStart = new Uint8Array(1 << FLAG_BITS);
  for (const index of indices) {
    const hash = hashOf(quotes[index], 0, length);
    mayStart[hash & FLAG_MASK] = 1;
    const same = keyed.get(hash);
    if (same) same.push(index);
    else keyed.set(hash, [index]);
  }
  // HASH_BASE^length (mod 2^32): the weight of the character that leaves the window
  let leaving = 1;
  for (let i = 0; i < length; i++) leaving = Math.imul(leaving, HASH_BASE);
  let hash = hashOf(text, 0, length);
  for (let at = 0; ; at++) {
    if (mayStart[hash & FLAG_MASK] === 1) {
      const candidates = keyed.get(hash);
      if (candidates) for (const index of candidates) if (text.startsWith(quotes[index], at)) counts[index]++;
    }
    if (at + length >= text.length) break;
    hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(at + length) - Math.imul(text.charCodeAt(at), leaving)) | 0;
  }
}

/**
 * The count for each of `quotes` in `text`. An import places thousands of claims on one text of megabytes, and a
 * search per quote reads the whole text each time (4,500 claims on 4.6 MB: 11 s under load), so the quotes' first
 * characters are looked up in one pass per key length with a rolling hash, and only where a hash matches is the
 * whole quote compared.
 */
export function countEachOccurrence(text: string, quotes: string[]): number[] {
  if (quotes.length < BATCH_FROM) return quotes.map((quote) => countOccurrences(text, quote));
  const counts = quotes.map(() => 0);
  const byKey = KEY_LENGTHS.map(() => [] as number[]);
  quotes.forEach((quote, index) => {
    const key = KEY_LENGTHS.findIndex((length) => quote.length >= length);
    if (key === -1) counts[index] = countOccurrences(text, quote);
    else byKey[key].push(index);
  });
  KEY_LENGTHS.forEach((length, key) => countByKey(text, quotes, byKey[key], length, counts));
  return counts;
}
