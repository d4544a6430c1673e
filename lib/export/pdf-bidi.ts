import bidiFactory from "bidi-js";
import { toWinAnsiText } from "@/lib/export/pdf-text";

// Text in the PDF that holds Arabic, or that sits in a right-to-left report, is laid out here instead of by pdfkit:
// pdfkit places words left to right and draws a whole string in one font. Arabic letters are drawn in an embedded
// Arabic font (fontkit shapes them: initial, medial, final and isolated forms, lam-alef), everything else in the
// report's built-in Helvetica (folded to WinAnsi as before). Each line is put in display order by the Unicode
// bidirectional algorithm (bidi-js, levels worked out once per paragraph, reordered per line, UAX #9 L1-L4), so a
// Latin name or a number inside an Arabic sentence reads correctly, and a right-to-left paragraph is right-aligned.

const bidi = bidiFactory();

/** Letters the Arabic font draws: the Arabic blocks and presentation forms, with the joiners shaping needs. */
const ARABIC_CHAR = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]/;
const ARABIC_TEXT = new RegExp(ARABIC_CHAR.source);
/** Directional marks, embeddings and isolates: they steer the bidi algorithm and are never drawn. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const PIECES = new RegExp(
  `(${ARABIC_CHAR.source}+)|(${BIDI_CONTROL.source}+)|((?:(?!${ARABIC_CHAR.source}|${BIDI_CONTROL.source})[^])+)`,
  "g",
);
const STRONG = /\p{L}/u;
/** Amiri's letters are small for their size beside Helvetica's (a naskh face): set a fifth larger to match. */
const ARABIC_SCALE = 1.2;
/** Helvetica's ascender (its AFM), in thousandths of the font size. */
const HELVETICA_ASCENDER = 718;
/** Layouts kept for the paragraph about to be drawn after being measured (a claim's quote, a row's label and value). */
const RECENT_LAYOUTS = 8;

export type Face = "regular" | "bold" | "oblique";
export type Span = { text: string; face?: Face };
export type Direction = "ltr" | "rtl";

/** The fonts a document draws with, by face: Helvetica for Latin, the embedded font for Arabic. */
export type FontNames = { latin: Record<Face, string>; arabic: Record<Face, string> };

const LATIN = 0;
const ARABIC = 1;
const CONTROL = 2;

/** A paragraph ready to lay out: Latin text already folded to WinAnsi, each character's script and face. */
type Prepared = { text: string; script: Uint8Array; face: Face[] };

export function hasArabic(text: string): boolean {
  return ARABIC_TEXT.test(text);
}

/**
 * A report date ("2025-03-07", "2025-03-07 12:00 UTC") reads left to right inside Arabic too: without isolation
 * the bidi algorithm treats digits after Arabic letters as Arabic numbers and the date comes out "07-03-2025".
 */
const ISO_DATE = /\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?: UTC)?)?/g;
const isolateDates = (text: string) => text.replace(ISO_DATE, "\u2066$&\u2069");

function prepare(spans: readonly Span[]): Prepared {
  let text = "";
  const script: number[] = [];
  const face: Face[] = [];
  for (const span of spans) {
    for (const [, arabic, control, other] of isolateDates(span.text).matchAll(PIECES)) {
      const piece = arabic ?? control ?? toWinAnsiText(other);
      const kind = arabic ? ARABIC : control ? CONTROL : LATIN;
      text += piece;
      for (let i = 0; i < piece.length; i += 1) {
        script.push(kind);
        face.push(span.face ?? "regular");
      }
    }
  }
  return { text, script: Uint8Array.from(script), face };
}

type Levels = ReturnType<typeof bidi.getEmbeddingLevels>;
/** One paragraph's text, its bidi levels, where it starts in the prepared text, and its base direction. */
type ParagraphLevels = { text: string; levels: Levels; offset: number; rtl: boolean };

type Run = { start: number; end: number; script: number; face: Face; rtl: boolean };

export type BidiTextOptions = {
  width: number;
  size: number;
  colour: string;
  lineGap: number;
  /** "auto": the side the paragraph's own direction starts from, as dir="auto" with text-align: start. */
  align: "left" | "right" | "auto";
  /** The paragraph's base direction; "auto": its first letter's (UAX #9 P2), else `fallbackDirection`. */
  direction: Direction | "auto";
  fallbackDirection: Direction;
  link?: string;
  /** False: one line, never a new sheet (page headers and footers). */
  lineBreak?: boolean;
  /** Lines past this y go on a new sheet. */
  bottom: number;
};

type Line = { paragraph: number; start: number; end: number; height: number };

/** Lays out and draws right-to-left and mixed text with pdfkit's primitives, one visual run at a time. */
export class BidiTextWriter {
  private readonly layouts = new Map<string, { p: Prepared; lines: Line[] }>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: FontNames,
  ) {}

  private use(script: number, face: Face, size: number): PDFKit.PDFDocument {
    if (script === ARABIC) return this.doc.font(this.fonts.arabic[face]).fontSize(size * ARABIC_SCALE);
    return this.doc.font(this.fonts.latin[face]).fontSize(size);
  }

  private measure(p: Prepared, start: number, end: number, size: number): number {
    let width = 0;
    for (let i = start; i < end;) {
      let j = i + 1;
      while (j < end && p.script[j] === p.script[i] && p.face[j] === p.face[i]) j += 1;
      if (p.script[i] !== CONTROL) width += this.use(p.script[i], p.face[i], size).widthOfString(p.text.slice(i, j));
      i = j;
    }
    return width;
  }

  private lineHeight(arabic: boolean, size: number, lineGap: number): number {
    const latin = this.doc.font(this.fonts.latin.regular).fontSize(size).currentLineHeight(true) + lineGap;
    // Arabic letters reach further above and below the line than Latin ones (dots, marks, descending tails)
    return arabic ? Math.max(latin, size * 1.6) : latin;
  }

  /** Greedy line breaking at spaces (and inside a word longer than the line, such as a URL). */
  private wrap(p: Prepared, options: Pick<BidiTextOptions, "width" | "size" | "lineGap" | "lineBreak">): Line[] {
    const lines: Line[] = [];
    let paragraph = 0;
    const push = (start: number, end: number) => {
      let arabic = false;
      for (let i = start; i < end && !arabic; i += 1) arabic = p.script[i] === ARABIC;
      lines.push({ paragraph, start, end, height: this.lineHeight(arabic, options.size, options.lineGap) });
    };
    const widthOf = (start: number, end: number) => this.measure(p, start, end, options.size);
    for (const [n, [start, end]] of paragraphs(p.text).entries()) {
      paragraph = n;
      if (start === end || options.lineBreak === false) {
        push(start, end);
        continue;
      }
      let lineStart = start;
      // the width of the line so far, spaces after its last word included (measured a word at a time)
      let lineWidth = 0;
      let i = start;
      while (i < end) {
        let wordEnd = i;
        while (wordEnd < end && p.text[wordEnd] !== " ") wordEnd += 1;
        const letters = wordEnd;
        while (wordEnd < end && p.text[wordEnd] === " ") wordEnd += 1;
        if (lineStart < i && lineWidth + widthOf(i, letters) > options.width) {
          push(lineStart, i);
          lineStart = i;
          lineWidth = 0;
        }
        if (lineStart === i && widthOf(i, letters) > options.width) {
          // a word wider than the line is cut where it stops fitting
          while (lineStart < letters - 1 && widthOf(lineStart, letters) > options.width) {
            let cut = lineStart + 1;
            while (cut < letters - 1 && widthOf(lineStart, cut + 1) <= options.width) cut += 1;
            push(lineStart, cut);
            lineStart = cut;
          }
          lineWidth = widthOf(lineStart, wordEnd);
        } else lineWidth += widthOf(i, wordEnd);
        i = wordEnd;
      }
      if (lineStart < end) push(lineStart, end);
    }
    return lines;
  }

  /** The width of the text on one line. */
  widthOf(spans: readonly Span[], size: number): number {
    const p = prepare(spans);
    return this.measure(p, 0, p.text.length, size);
  }

  /**
   * The text prepared and broken into lines: the report measures a paragraph before drawing it (to keep a claim's
   * head on one sheet), so the last few layouts are kept.
   */
  private layout(spans: readonly Span[], options: Pick<BidiTextOptions, "width" | "size" | "lineGap" | "lineBreak">) {
    const key = `${options.width} ${options.size} ${options.lineGap} ${options.lineBreak} ${spans.map((s) => `${s.face}:${s.text}`).join("\u0000")}`;
    let layout = this.layouts.get(key);
    if (!layout) {
      const p = prepare(spans);
      layout = { p, lines: this.wrap(p, options) };
      if (this.layouts.size >= RECENT_LAYOUTS) this.layouts.delete(this.layouts.keys().next().value!);
      this.layouts.set(key, layout);
    }
    return layout;
  }

  heightOf(spans: readonly Span[], options: Pick<BidiTextOptions, "width" | "size" | "lineGap">): number {
    const { lines } = this.layout(spans, options);
    return lines.reduce((sum, line) => sum + line.height, 0);
  }

  /** Draws the text from (x, y), leaving doc.y below its last line; starts new sheets as needed. */
  text(spans: readonly Span[], x: number, y: number, options: BidiTextOptions): void {
    const { p, lines } = this.layout(spans, options);
    let top = y;
    for (const [n, [start, end]] of paragraphs(p.text).entries()) {
      const text = p.text.slice(start, end);
      const direction =
        options.direction !== "auto" ? options.direction : STRONG.test(text) ? "auto" : options.fallbackDirection;
      const levels = bidi.getEmbeddingLevels(text, direction);
      const rtlParagraph = direction === "auto" ? levels.paragraphs[0]?.level === 1 : direction === "rtl";
      for (const line of lines.filter((l) => l.paragraph === n)) {
        if (options.lineBreak !== false && top + line.height > options.bottom && top > this.doc.page.margins.top) {
          this.doc.addPage();
          top = this.doc.page.margins.top;
        }
        this.drawLine(p, { text, levels, offset: start, rtl: rtlParagraph }, line, x, top, options);
        top += line.height;
      }
    }
    this.doc.y = top;
  }

  private drawLine(
    p: Prepared,
    { text, levels, offset, rtl: rtlParagraph }: ParagraphLevels,
    line: Line,
    x: number,
    top: number,
    options: BidiTextOptions,
  ): void {
    const end = trimEnd(p.text, line.start, line.end);
    if (end <= line.start) return;
    const order = visualOrder(text, levels, line.start - offset, end - offset);
    const runs: Run[] = [];
    for (const local of order) {
      const i = local + offset;
      if (p.script[i] === CONTROL) continue;
      const rtl = levels.levels[local] % 2 === 1;
      const last = runs.at(-1);
      if (last && last.script === p.script[i] && last.face === p.face[i] && last.rtl === rtl && adjacent(last, i))
        extend(last, i);
      else runs.push({ start: i, end: i + 1, script: p.script[i], face: p.face[i], rtl });
    }
    const drawn = runs.map((run) => this.runText(p, run));
    const widths = runs.map((run, n) => this.runWidth(run, drawn[n], options.size));
    const lineWidth = widths.reduce((a, b) => a + b, 0);
    const atRight = options.align === "right" || (options.align === "auto" && rtlParagraph);
    let cursor = atRight ? x + options.width - lineWidth : x;
    // every run on Helvetica's baseline (pdfkit puts a string's top at y unless told otherwise), where a label beside
    // it in another column has its own; a line with Arabic is taller below (the room above is the line gap's)
    const baseline = top + (HELVETICA_ASCENDER / 1000) * options.size;
    this.doc.fillColor(options.colour);
    runs.forEach((run, n) => {
      const doc = this.use(run.script, run.face, options.size);
      const draw = (text: string, at: number) =>
        doc.text(text, at, baseline, { lineBreak: false, baseline: "alphabetic" });
      if (run.script === ARABIC && !run.rtl) {
        // Arabic-Indic digits inside Arabic: left to right, one by one (fontkit would reverse an Arabic-script run)
        let at = cursor;
        for (const char of drawn[n]) {
          draw(char, at);
          at += doc.widthOfString(char);
        }
      } else draw(drawn[n], cursor);
      cursor += widths[n];
    });
    if (options.link) {
      // one link and one underline for the whole line (pdfkit's own, per run, sit at each font's own depth)
      const start = atRight ? x + options.width - lineWidth : x;
      const thickness = options.size < 10 ? 0.5 : Math.floor(options.size / 10);
      this.doc.link(start, top, lineWidth, options.size, options.link);
      this.doc
        .moveTo(start, baseline + thickness)
        .lineTo(start + lineWidth, baseline + thickness)
        .lineWidth(thickness)
        .strokeColor(options.colour)
        .stroke();
    }
  }

  /**
   * A run's characters as pdfkit must get them. An Arabic run is one word (spaces belong to the Latin face) in
   * logical order: fontkit shapes it and reverses it, and pdfkit keeps the shaped word for the rest of the document.
   */
  private runText(p: Prepared, run: Run): string {
    const chars: string[] = [];
    for (let i = run.start; i < run.end; i += 1) {
      const char = p.text[i];
      chars.push(run.rtl && run.script === LATIN ? (bidi.getMirroredCharacter(char) ?? char) : char);
    }
    // runs hold a contiguous logical range; a right-to-left Latin run (neutrals between Arabic words) is drawn reversed
    return run.rtl && run.script === LATIN ? chars.reverse().join("") : chars.join("");
  }

  private runWidth(run: Run, text: string, size: number): number {
    return this.use(run.script, run.face, size).widthOfString(text);
  }
}

function adjacent(run: Run, i: number): boolean {
  return run.rtl ? i === run.start - 1 : i === run.end;
}

function extend(run: Run, i: number): void {
  if (run.rtl) run.start = i;
  else run.end = i + 1;
}

/** [start, end) of each paragraph (between line breaks). */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === "\n") {
      out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text[end - 1] === " ") end -= 1;
  return end;
}

/** The line's characters (indices into the paragraph) left to right on the page. */
function visualOrder(paragraph: string, levels: Levels, start: number, end: number): number[] {
  const indices: number[] = [];
  for (let i = start; i < end; i += 1) indices.push(i);
  for (const [from, to] of bidi.getReorderSegments(paragraph, levels, start, end - 1)) {
    const slice = indices.slice(from - start, to - start + 1).reverse();
    indices.splice(from - start, slice.length, ...slice);
  }
  return indices;
}
