/**
 * The part of a stored context that belongs to the claim's own sentence: the
 * characters between the quote and the nearest sentence boundary. A claim's
 * words cannot stay in place while the rest of their sentence right next to
 * them disappears; when that is what we see, the words at the candidate are a
 * different sentence that happens to end (or start) the same way, e.g. a
 * formulaic "..., told a local newspaper." that slid into the slot of a
 * deleted sentence and inherited its neighbour.
 *
 * Boundaries are a line break, or whitespace after sentence-ending
 * punctuation (optionally followed by closing quotes or brackets), or right
 * after CJK full stops, which take no space. A false boundary (an abbreviation
 * like "Dr. ") only makes the required part shorter, i.e. the check weaker.
 */

const TERMINATOR = /[.!?…]["'”’»)\]]*$/u;
const CJK_TERMINATOR = /[。！？]$/u;

/** Is `next` whitespace that closes a sentence ending with `before`? */
function isClosingSpace(before: string, next: string): boolean {
  return next === "\n" || (/\s/u.test(next) && TERMINATOR.test(before));
}

/** The end of the stored prefix that lies inside the claim's sentence. */
export function ownSentencePrefix(prefix: string): string {
  for (let k = prefix.length; k > 0; k--) {
    const before = prefix.slice(0, k);
    if (CJK_TERMINATOR.test(before) || isClosingSpace(prefix.slice(0, k - 1), prefix[k - 1])) return prefix.slice(k);
  }
  return prefix;
}

/** The start of the stored suffix that lies inside the claim's sentence. */
export function ownSentenceSuffix(quote: string, suffix: string): string {
  for (let j = 0; j < suffix.length; j++) {
    const before = quote + suffix.slice(0, j);
    if (CJK_TERMINATOR.test(before) || isClosingSpace(before, suffix[j])) return suffix.slice(0, j);
  }
  return suffix;
}

/** Does the text next to [start, end) still hold the claim's own sentence parts? */
export function keepsOwnSentence(
  text: string,
  quote: { exact: string; prefix: string; suffix: string },
  start: number,
  end: number,
): boolean {
  const before = ownSentencePrefix(quote.prefix);
  const after = ownSentenceSuffix(quote.exact, quote.suffix);
  return text.startsWith(before, start - before.length) && text.startsWith(after, end);
}
