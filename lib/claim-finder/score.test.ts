import { describe, expect, it } from "vitest";
import { reasonsFor } from "./cues";
import { tokenize } from "./tokens";
import { scoreCheckWorthiness, supportsLanguage } from "./score";

describe("scoreCheckWorthiness", () => {
  it("gives one score in [0, 1] per sentence, in order", () => {
    const scores = scoreCheckWorthiness([
      { text: "Thank you." },
      { text: "" },
      { text: "Taxes rose 40% under this law.", speaker: "A" },
    ]);
    expect(scores).toHaveLength(3);
    for (const s of scores) (expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1));
    expect(scoreCheckWorthiness([])).toEqual([]);
  });

  it("ranks factual claims with figures above courtesies, opinions and questions", () => {
    const [claim, law, thanks, opinion, question] = scoreCheckWorthiness([
      { text: "The unemployment rate fell to 3 percent in 2024, the lowest in fifty years." },
      { text: "The bill he signed cut $200 million from the veterans' health budget." },
      { text: "Thank you very much, it's great to be here tonight." },
      { text: "I think we need to come together as a country." },
      { text: "What would you do about it?" },
    ]);
    for (const low of [thanks, opinion, question]) {
      expect(claim).toBeGreaterThan(low);
      expect(law).toBeGreaterThan(low);
    }
    expect(claim).toBeGreaterThan(0.5);
    expect(thanks).toBeLessThan(0.2);
  });

  it("scores 10,000 sentences of any script without throwing", () => {
    const scripts = [
      "وقال المتحدث إن الأسعار ارتفعت 5%.",
      "日本は大きい。",
      "🎉".repeat(500),
      "x".repeat(20_000),
      "\u0000\uD800 odd",
    ];
    const scores = scoreCheckWorthiness(
      Array.from({ length: 10_000 }, (_, i) => ({ text: scripts[i % scripts.length] })),
    );
    expect(scores.every((s) => Number.isFinite(s))).toBe(true);
  });

  it("says which languages it supports", () => {
    expect(supportsLanguage("en")).toBe(true);
    expect(supportsLanguage("en-GB")).toBe(true);
    expect(supportsLanguage("ar")).toBe(false);
    expect(supportsLanguage("es-419")).toBe(false);
  });
});

describe("tokens and reasons", () => {
  it("replaces numbers by their shape", () => {
    expect(tokenize("It cost $3.5 million, 40% more than in 2019 — the 2nd time.")).toEqual([
      "it",
      "cost",
      "<money>",
      "million",
      "<pct>",
      "more",
      "than",
      "in",
      "<year>",
      "the",
      "<ordinal>",
      "time",
    ]);
    expect(tokenize("4.5 percent")).toEqual(["<pct>", "percent"]);
  });

  it("explains a suggestion in words a reviewer understands, most telling first", () => {
    expect(reasonsFor("Taxes rose 40% under the law.")).toEqual([
      "contains a percentage",
      "describes a change",
      "names a law or policy",
    ]);
    expect(reasonsFor("We paid $4 billion more than they did.")).toEqual(["names an amount of money", "compares"]);
    expect(reasonsFor("Hello there.")).toEqual([]);
  });
});
