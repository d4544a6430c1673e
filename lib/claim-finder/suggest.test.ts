import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/anchoring/normalize";
import { MAX_STORED_SUGGESTIONS, storedSuggestionsSchema, suggestClaims } from "./suggest";

const seed = normalizeText(readFileSync(new URL("../../prisma/seed-article.txt", import.meta.url), "utf8"));

describe("suggestClaims", () => {
  it("ranks the seed article's sentences, best first, with offsets of whole sentences and reasons", () => {
    const suggestions = suggestClaims(seed);
    expect(suggestions.length).toBeGreaterThan(3);
    expect(storedSuggestionsSchema.parse(suggestions)).toEqual(suggestions);
    for (let i = 1; i < suggestions.length; i++)
      expect(suggestions[i - 1].score).toBeGreaterThanOrEqual(suggestions[i].score);
    for (const s of suggestions) {
      const sentence = seed.slice(s.start, s.end);
      expect(sentence).toBe(sentence.trim());
      expect(sentence.length).toBeGreaterThanOrEqual(20);
    }
  });

  it("suggests the sentence with figures before small talk", () => {
    const text =
      "Thank you all for coming tonight.\nThe city spent $40 million on the stadium, twice the budget approved in 2019.";
    const [first] = suggestClaims(text);
    expect(text.slice(first.start, first.end)).toBe(
      "The city spent $40 million on the stadium, twice the budget approved in 2019.",
    );
    expect(first.reasons).toContain("names an amount of money");
  });

  it("keeps at most the stored maximum for a very long article", () => {
    const text = Array.from(
      { length: 5_000 },
      (_, i) => `Spending rose ${i} percent in 2024 under the new budget law.`,
    ).join("\n");
    expect(suggestClaims(text)).toHaveLength(MAX_STORED_SUGGESTIONS);
  });

  it("suggests nothing for empty text", () => {
    expect(suggestClaims("")).toEqual([]);
  });
});
