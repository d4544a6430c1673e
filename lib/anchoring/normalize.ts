/**
 * The one normalisation of article text, used by the server before storing a
 * version and by the browser before rendering it, so that both count offsets
 * over exactly the same string. Rules, in order:
 *
 * 1. Drop U+FEFF (byte-order mark / zero-width no-break space): editors and
 *    copy-paste add it invisibly. Done before NFC so composition can see
 *    across where it was. Other zero-width characters stay: ZWJ (U+200D) glues
 *    emoji sequences and ZWNJ/ZWSP carry meaning in Persian, Thai and others.
 * 2. Unicode NFC, so "é" typed as e + U+0301 and as U+00E9 are one text.
 * 3. CRLF, CR, NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR become LF.
 * 4. Every other whitespace character (tab, NBSP, the U+2000 family, narrow
 *    and ideographic spaces, VT, FF) becomes an ASCII space; runs of spaces
 *    collapse to one.
 * 5. Each line is trimmed of spaces, three or more consecutive line breaks
 *    (two or more blank lines) become one blank line, and the text is trimmed
 *    of leading and trailing line breaks. Single newlines are kept: our
 *    articles store one paragraph per line.
 *
 * Every rule's output is a fixed point of every rule, so the whole function is
 * idempotent (the unit tests check it on random Unicode input).
 */

const BYTE_ORDER_MARK = /\uFEFF/g;
const LINE_BREAKS = /\r\n|[\r\u0085\u2028\u2029]/g;
// \s minus \n: tab, VT, FF, CR-less spaces, NBSP, U+1680, U+2000-200A, U+202F, U+205F, U+3000
const OTHER_SPACES = /[^\S\n]+/g;
const SPACES_AROUND_NEWLINE = / ?\n ?/g;
const EXTRA_BLANK_LINES = /\n{3,}/g;
const OUTER_NEWLINES = /^\n+|\n+$/g;

export function normalizeText(input: string): string {
  return input
    .replace(BYTE_ORDER_MARK, "")
    .normalize("NFC")
    .replace(LINE_BREAKS, "\n")
    .replace(OTHER_SPACES, " ")
    .replace(SPACES_AROUND_NEWLINE, "\n")
    .replace(EXTRA_BLANK_LINES, "\n\n")
    .replace(/^ | $/g, "")
    .replace(OUTER_NEWLINES, "");
}
