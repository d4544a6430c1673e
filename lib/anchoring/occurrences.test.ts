import { describe, expect, it } from "vitest";
import { countEachOccurrence, countOccurrences } from "./occurrences";

/** A small-alphabet text makes repeats and overlaps common; quotes are cut from it and from elsewhere. */
function randomCase(seed: number): { text: string; quotes: string[] } {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const alphabet = ["ab", "ba", "a", " the ", "😀", "é"];
  let text = "";
  while (text.length < 400) text += alphabet[Math.floor(next() * alphabet.length)];
  const quotes = Array.from({ length: 40 }, () => {
    const start = Math.floor(next() * (text.length - 40));
    const quote = text.slice(start, start + 1 + Math.floor(next() * 39));
    return next() < 0.1 ? `${quote}x` : quote; // some not in the text
  });
  return { text, quotes };
}

describe("counting a quote's occurrences", () => {
  it("counts overlapping occurrences", () => {
    expect(countOccurrences("aaaa", "aa")).toBe(3);
    expect(countOccurrences("The vote. The vote.", "The vote.")).toBe(2);
    expect(countOccurrences("text", "")).toBe(0);
  });

  it("counts many quotes in one pass exactly as one search each does", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const { text, quotes } = randomCase(seed);
      expect(countEachOccurrence(text, quotes)).toEqual(quotes.map((quote) => countOccurrences(text, quote)));
    }
  });

  it("finds quotes at the very start and end of the text and in a text as long as the compared key", () => {
    const text = "Sixteen chars!!! and then the end of the whole text.";
    const quotes = ["Sixteen chars!!!", "end of the whole text.", "and then the end", "Sixteen", ...Array(6).fill("#")];
    expect(countEachOccurrence(text, quotes)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(countEachOccurrence("Sixteen chars!!!", Array(8).fill("Sixteen chars!!!"))).toEqual(Array(8).fill(1));
  });
});
