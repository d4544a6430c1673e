/**
 * Sentences of an article's normalised text (lib/anchoring/normalize.ts), with the offsets `describeRange` turns into
 * selectors. Paragraphs are lines; inside a line, Unicode sentence boundaries (Intl.Segmenter, which knows the full
 * stops of Arabic, Devanagari, CJK, ...) are used, except after a common abbreviation or an initial ("Mr.", "U.S.",
 * "J."), where English text does not end a sentence. Leading and trailing spaces are not part of a sentence.
 */

export type Sentence = { start: number; end: number; text: string };

// lower-cased, without the final dot; a segment ending in one of these is joined to the next
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gov",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "no",
  "inc",
  "co",
  "corp",
  "ltd",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "approx",
  "est",
  "dept",
  "univ",
  "mt",
  "ft",
]);
const LAST_WORD = /([\p{L}.]+)\.\s*$/u;
const INITIAL = /^\p{Lu}$/u;

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

function endsWithAbbreviation(segment: string): boolean {
  const word = LAST_WORD.exec(segment)?.[1];
  if (!word) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || INITIAL.test(word);
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    let pendingStart = -1;
    for (const { segment, index } of segmenter.segment(line)) {
      const start = pendingStart === -1 ? index : pendingStart;
      const end = index + segment.length;
      if (end < line.length && endsWithAbbreviation(segment)) {
        pendingStart = start;
        continue;
      }
      pendingStart = -1;
      pushTrimmed(out, text, lineStart + start, lineStart + end);
    }
    if (pendingStart !== -1) pushTrimmed(out, text, lineStart + pendingStart, lineEnd);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return out;
}
