import { describe, expect, it } from "vitest";
import { anchorSelectors, describeRange } from "./anchor";
import type { Selector } from "./selectors";

const ARTICLE = [
  "The city council approved the budget on Monday, the mayor said.",
  "Bus fares will rise by 4.5 percent in March, according to the transport authority.",
  "The company did not immediately respond to a request for comment.",
  "Officials expect the new bridge to open in 2027; critics doubt it.",
  "The company did not immediately respond to a request for comment.",
  "Café owners in Zürich said prices for crème brûlée had doubled.",
  "北京市政府周一宣布，地铁票价将上涨。",
  "Fans cheered 🎉👍🏽 as the 👨‍👩‍👧 family won the prize.",
  "وقال المتحدث إن الأسعار ارتفعت بنسبة ٥٪ هذا العام.",
  "הממשלה הודיעה כי המחירים יעלו בשנה הבאה.",
].join("\n");

function rangeOf(text: string, phrase: string, occurrence = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1);
  if (at === -1) throw new Error(`fixture lacks ${phrase}`);
  return [at, at + phrase.length];
}

describe("describeRange", () => {
  it("stores the exact text, 32 characters of context on each side and the position", () => {
    const [start, end] = rangeOf(ARTICLE, "Bus fares will rise by 4.5 percent in March");
    expect(describeRange(ARTICLE, start, end)).toEqual([
      {
        type: "TextQuoteSelector",
        exact: "Bus fares will rise by 4.5 percent in March",
        prefix: ARTICLE.slice(start - 32, start),
        suffix: ARTICLE.slice(end, end + 32),
        occurrences: 1,
      },
      { type: "TextPositionSelector", start, end },
    ]);
  });

  it("counts how many times the quote stands in the text, overlapping copies included", () => {
    const text = "The vote was close. Ha ha ha, said one. The vote was close.";
    const occurrencesOf = (start: number, end: number) =>
      (describeRange(text, start, end)[0] as Extract<Selector, { type: "TextQuoteSelector" }>).occurrences;
    expect(occurrencesOf(0, "The vote was close.".length)).toBe(2);
    expect(occurrencesOf(text.indexOf("Ha ha"), text.indexOf("Ha ha") + "Ha ha".length)).toBe(1);
    expect(occurrencesOf(text.indexOf("ha ha"), text.indexOf("ha ha") + "ha ha".length)).toBe(1);
    expect(occurrencesOf(text.indexOf("a ha"), text.indexOf("a ha") + "a ha".length)).toBe(2); // "a ha" in "a ha ha"
  });

  it("keeps context short at the edges of the text", () => {
    const [quote] = describeRange("Short text.", 0, 5) as [Extract<Selector, { type: "TextQuoteSelector" }>];
    expect(quote).toMatchObject({ exact: "Short", prefix: "", suffix: " text." });
  });

  it.each([
    ["empty", 5, 5],
    ["reversed", 6, 5],
    ["negative", -1, 4],
    ["past the end", 10, ARTICLE.length + 1],
    ["fractional", 1.5, 4],
    ["NaN", Number.NaN, 4],
  ])("rejects a %s range with a RangeError", (_, start, end) => {
    expect(() => describeRange(ARTICLE, start, end)).toThrow(RangeError);
  });
});

describe("anchorSelectors round trips on unchanged text", () => {
  const cases: [string, string, number?][] = [
    ["a whole sentence", "The city council approved the budget on Monday, the mayor said."],
    ["a clause with punctuation", "in 2027; critics doubt it."],
    ["a number with a decimal point", "4.5 percent"],
    ["a range across paragraphs", "the mayor said.\nBus fares will rise"],
    ["the first of a repeated sentence", "The company did not immediately respond to a request for comment.", 0],
    ["the second of a repeated sentence", "The company did not immediately respond to a request for comment.", 1],
    ["accented Latin", "crème brûlée"],
    ["CJK", "地铁票价将上涨"],
    ["emoji with surrogate pairs, skin tone and ZWJ", "🎉👍🏽 as the 👨‍👩‍👧 family"],
    ["Arabic (right to left)", "الأسعار ارتفعت بنسبة ٥٪"],
    ["Hebrew (right to left)", "המחירים יעלו"],
    ["the very first characters", "The city"],
    ["the very last characters", "בשנה הבאה."],
    ["a single character", "🎉"],
  ];

  it.each(cases)("%s", (_, phrase, occurrence = 0) => {
    const [start, end] = rangeOf(ARTICLE, phrase, occurrence);
    const result = anchorSelectors(ARTICLE, describeRange(ARTICLE, start, end));
    expect(result).toEqual({ status: "anchored", start, end, score: 1 });
  });

  it("finds the quote without a position selector", () => {
    const [start, end] = rangeOf(ARTICLE, "Café owners in Zürich");
    const [quote] = describeRange(ARTICLE, start, end);
    expect(anchorSelectors(ARTICLE, [quote])).toMatchObject({ status: "anchored", start, end });
  });

  it("tells repeated sentences apart by context even when the stored position is wrong", () => {
    const [start, end] = rangeOf(ARTICLE, "The company did not immediately respond", 1);
    const [quote] = describeRange(ARTICLE, start, end);
    const misleading: Selector = { type: "TextPositionSelector", start: 0, end: end - start };
    expect(anchorSelectors(ARTICLE, [quote, misleading])).toMatchObject({ status: "anchored", start, end });
  });

  it("does not trust a position alone: without a quote the claim is orphaned", () => {
    expect(anchorSelectors(ARTICLE, [{ type: "TextPositionSelector", start: 0, end: 8 }])).toEqual({
      status: "orphaned",
    });
  });

  it("orphans a quote that is not in the text at all", () => {
    const selectors = describeRange("An entirely different article about gardening tips.", 3, 20);
    expect(anchorSelectors(ARTICLE, selectors)).toEqual({ status: "orphaned" });
  });
});
