/**
 * A publisher's page as one text the anchoring engine can search, and the way back from that text to the page.
 *
 * The page's text arrives as pieces (text nodes, and "\n" breaks standing for block boundaries). Their
 * concatenation, the raw text, is normalised exactly like normalizeText (lib/anchoring/normalize.ts) does it, rule
 * by rule, while every character of the result remembers the raw span [from, to) it came from. The unit tests
 * hold this to normalizeText's output on random input, so the two cannot drift apart silently.
 *
 * Pure: no DOM here, so it runs in Node tests and in the browser bundle alike.
 */

export type MappedText = {
  /** normalizeText(pieces.join("")) */
  text: string;
  /** per character of `text`: the raw offsets it came from, half-open */
  from: Int32Array;
  to: Int32Array;
  /** raw offset where each piece starts; one more entry at the end (the raw length) */
  pieceStarts: number[];
};

/** A part of one piece: [start, end) in that piece's own text. */
export type PiecePart = { piece: number; start: number; end: number };

type Tracked = { text: string; from: number[]; to: number[] };

// Replaces every match of a global pattern; each replacement character inherits the span of the whole match.
function replaceTracked(input: Tracked, pattern: RegExp, replacement: string): Tracked {
  const out: Tracked = { text: "", from: [], to: [] };
  const copy = (from: number, to: number) => {
    out.text += input.text.slice(from, to);
    for (let i = from; i < to; i++) {
      out.from.push(input.from[i]);
      out.to.push(input.to[i]);
    }
  };
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input.text); m; m = pattern.exec(input.text)) {
    copy(last, m.index);
    const end = m.index + m[0].length;
    out.text += replacement;
    for (let i = 0; i < replacement.length; i++) {
      out.from.push(input.from[m.index]);
      out.to.push(input.to[end - 1]);
    }
    last = end;
  }
  copy(last, input.text.length);
  return out;
}

/*
 * NFC without losing track: the text is cut into clusters that NFC cannot join across (a character starts a new
 * cluster unless normalising it together with the cluster so far differs from normalising each alone, which is
 * what combining marks and Hangul jamo do), and each cluster is normalised on its own. ASCII never composes with
 * what precedes it, so only non-ASCII characters need the check, and an already-NFC text (nearly every page) is
 * left as it is without any per-character work.
 */
function composeTracked(input: Tracked): Tracked {
  if (input.text.normalize("NFC") === input.text) return input;
  const out: Tracked = { text: "", from: [], to: [] };
  let cluster = "",
    clusterStart = 0,
    i = 0;
  const flush = (end: number) => {
    if (!cluster) return;
    const composed = cluster.normalize("NFC");
    out.text += composed;
    for (let k = 0; k < composed.length; k++) {
      out.from.push(input.from[clusterStart]);
      out.to.push(input.to[end - 1]);
    }
  };
  for (const ch of input.text) {
    const joins =
      cluster !== "" &&
      ch.charCodeAt(0) >= 0x80 &&
      (cluster + ch).normalize("NFC") !== cluster.normalize("NFC") + ch.normalize("NFC");
    if (!joins) {
      flush(i);
      cluster = "";
      clusterStart = i;
    }
    cluster += ch;
    i += ch.length;
  }
  flush(i);
  return out;
}

// The rules of normalizeText, in its order (see the comment there for why each exists).
const RULES: [RegExp, string][] = [
  [/\r\n|[\r\u0085\u2028\u2029]/g, "\n"],
  [/[^\S\n]+/g, " "],
  [/ ?\n ?/g, "\n"],
  [/\n{3,}/g, "\n\n"],
  [/^ | $/g, ""],
  [/^\n+|\n+$/g, ""],
];

export function mapNormalizedText(pieces: string[]): MappedText {
  const pieceStarts = [0];
  for (const piece of pieces) pieceStarts.push(pieceStarts[pieceStarts.length - 1] + piece.length);
  const raw = pieces.join("");
  const identity: Tracked = { text: raw, from: [], to: [] };
  for (let i = 0; i < raw.length; i++) {
    identity.from.push(i);
    identity.to.push(i + 1);
  }
  let tracked = composeTracked(replaceTracked(identity, /\uFEFF/g, ""));
  for (const [pattern, replacement] of RULES) tracked = replaceTracked(tracked, pattern, replacement);
  return { text: tracked.text, from: Int32Array.from(tracked.from), to: Int32Array.from(tracked.to), pieceStarts };
}

/** Raw [start, end) behind normalised [start, end). */
export function toRawRange(mapped: MappedText, start: number, end: number): { start: number; end: number } | null {
  if (start < 0 || end > mapped.text.length || start >= end) return null;
  return { start: mapped.from[start], end: mapped.to[end - 1] };
}

/** The raw range cut at piece boundaries, as parts of the pieces it covers (empty parts left out). */
export function splitIntoPieces(pieceStarts: number[], start: number, end: number): PiecePart[] {
  const parts: PiecePart[] = [];
  // first piece ending after `start` (binary search: articles have thousands of text nodes)
  let lo = 0,
    hi = pieceStarts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieceStarts[mid + 1] <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let piece = lo; piece < pieceStarts.length - 1 && pieceStarts[piece] < end; piece++) {
    const from = Math.max(start, pieceStarts[piece]) - pieceStarts[piece];
    const to = Math.min(end, pieceStarts[piece + 1]) - pieceStarts[piece];
    if (to > from) parts.push({ piece, start: from, end: to });
  }
  return parts;
}
