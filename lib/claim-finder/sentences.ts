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

// V8's sentence segmenter takes time quadratic in the length of the string it is given (a 400 KB line: 2 s, a 5 MB
// paste with no line breaks: minutes on the server's only thread). Long lines are therefore segmented in windows
// of this many characters: every segment but the window's last is kept (it had the rest of the window to look
// ahead), and the next window starts where that last segment starts. A single segment longer than a window is cut
// at the window's end (far longer than any sentence a claim is made of: suggestions stop at 600 characters).
const SEGMENT_WINDOW = 4_096;

function* segmentsOf(line: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  for (;;) {
    const to = line.length - from <= SEGMENT_WINDOW * 2 ? line.length : from + SEGMENT_WINDOW;
    const parts = Array.from(segmenter.segment(line.slice(from, to)), ({ segment, index }) => ({
      segment,
      index: from + index,
    }));
    if (to === line.length) {
      yield* parts;
      return;
    }
    const kept = parts.length > 1 ? parts.slice(0, -1) : parts;
    yield* kept;
    const last = kept[kept.length - 1];
    from = last.index + last.segment.length;
  }
}

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
    for (const { segment, index } of segmentsOf(line)) {
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
