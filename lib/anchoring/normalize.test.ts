import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";

describe("normalizeText", () => {
  it.each([
    ["CRLF and CR line breaks", "one\r\ntwo\rthree", "one\ntwo\nthree"],
    ["Unicode line and paragraph separators", "one\u2028two\u2029three\u0085four", "one\ntwo\nthree\nfour"],
    ["tabs, NBSP and other Unicode spaces", "a\tb\u00a0c\u2003d\u202fe\u3000f", "a b c d e f"],
    ["runs of spaces", "a    b  \t c", "a b c"],
    ["spaces at line ends", "  first line  \n\t second line\t", "first line\nsecond line"],
    ["many blank lines", "para one\n\n\n\n\npara two", "para one\n\npara two"],
    ["one blank line kept", "para one\n\npara two", "para one\n\npara two"],
    ["single newlines kept", "para one\npara two", "para one\npara two"],
    ["leading and trailing blank lines", "\n\n  \ntext\n \n", "text"],
    ["a byte-order mark", "\ufeffHeadline", "Headline"],
    ["decomposed accents (NFC)", "Cafe\u0301 cre\u0300me", "Café crème"],
    ["accents composing across a removed BOM", "e\ufeff\u0301", "é"],
  ])("normalises %s", (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ["emoji with ZWJ and skin tones", "👨‍👩‍👧 👍🏽 🇪🇺"],
    ["CJK", "北京市政府周一宣布。東京都"],
    ["Arabic", "وقال المتحدث إن الأسعار ارتفعت"],
    ["Hebrew", "הממשלה הודיעה"],
    ["zero-width non-joiner in Persian", "می‌خواهم"],
  ])("keeps %s intact", (_, text) => {
    expect(normalizeText(text)).toBe(text);
  });

  const messy = fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        " ",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\u00a0",
        "\u2003",
        "\u2028",
        "\ufeff",
        "\u0301",
        "e",
        "é",
        "x",
        "。",
        "🎉",
      ),
      fc.string({ unit: "grapheme", maxLength: 2 }),
    ),
    maxLength: 60,
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(messy, (input) => {
        const once = normalizeText(input);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves no CR, tab, odd space, double space, untrimmed line or run of blank lines", () => {
    fc.assert(
      fc.property(messy, (input) => {
        const output = normalizeText(input);
        expect(output).not.toMatch(/[\r\t\u00a0\u2003\u2028\ufeff]| {2}|\n{3}/);
        expect(output).not.toMatch(/^\n|\n$/);
        for (const line of output.split("\n")) expect(line).toBe(line.replace(/^ +| +$/g, ""));
        expect(output).toBe(output.normalize("NFC"));
      }),
      { numRuns: 2000 },
    );
  });
});
