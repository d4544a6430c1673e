import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/anchoring/normalize";
import { splitSentences } from "./sentences";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("gives offsets into the text it was given", () => {
    const text = normalizeText("  The council met on Monday.  Bus fares rise by 4.5 percent!\nIs that true?  ");
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "The council met on Monday.",
      "Bus fares rise by 4.5 percent!",
      "Is that true?",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not end a sentence after a common abbreviation or an initial", () => {
    expect(texts("U.S. officials said Mr. Smith paid $3.5 million. J. K. Rowling agreed.")).toEqual([
      "U.S. officials said Mr. Smith paid $3.5 million.",
      "J. K. Rowling agreed.",
    ]);
  });

  it("keeps paragraphs apart even without a full stop", () => {
    expect(texts("A headline without a stop\nThe first sentence. The second")).toEqual([
      "A headline without a stop",
      "The first sentence.",
      "The second",
    ]);
  });

  it("splits Arabic, Hindi and Japanese at their own full stops and keeps emoji and combining marks whole", () => {
    const text = normalizeText(
      "وقال المتحدث إن الأسعار ارتفعت. ثم غادر.\nबेरोज़गारी घटी। यह सच है।\n日本は大きい。本当に。\nFans cheered 🎉👍🏽 as the 👨‍👩‍👧 family won. Café naïve.",
    );
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "وقال المتحدث إن الأسعار ارتفعت.",
      "ثم غادر.",
      "बेरोज़गारी घटी।",
      "यह सच है।",
      "日本は大きい。",
      "本当に。",
      "Fans cheered 🎉👍🏽 as the 👨‍👩‍👧 family won.",
      "Café naïve.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("\n\n")).toEqual([]);
  });

  it("splits a very long article (about 1 MB) into every sentence, in order, without overlap", () => {
    const paragraph = "The unemployment rate fell to 3 percent in 2024. Mr. Lee disagreed, citing U.S. data. Really?";
    const text = Array.from({ length: 10_000 }, () => paragraph).join("\n");
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(30_000);
    for (let i = 1; i < sentences.length; i++) expect(sentences[i].start).toBeGreaterThanOrEqual(sentences[i - 1].end);
    expect(sentences[29_999].text).toBe("Really?");
  });

  it("splits a single line of 1 MB (no line breaks) exactly as its sentences, across the segmenting windows", () => {
    const sentences3 = [
      "The unemployment rate fell to 3 percent in 2024.",
      "Mr. Lee disagreed, citing U.S. data.",
      "Really?",
    ];
    const count = Math.ceil((1024 * 1024) / sentences3.join(" ").length);
    const text = Array.from({ length: count }, () => sentences3.join(" ")).join(" ");
    const found = splitSentences(text);
    expect(found).toHaveLength(count * 3);
    found.forEach((s, i) => {
      expect(s.text).toBe(sentences3[i % 3]);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });

  it("cuts a run-on line with no sentence end into pieces that cover it in order", () => {
    const text = "word ".repeat(20_000).trim();
    const found = splitSentences(text);
    expect(found.length).toBeGreaterThan(1);
    expect(found[0].start).toBe(0);
    expect(found.at(-1)!.end).toBe(text.length);
    // nothing of the line is lost: between two pieces there is at most a space
    const gaps = found.slice(1).map((s, i) => text.slice(found[i].end, s.start));
    expect(gaps.every((gap) => gap === "" || gap === " ")).toBe(true);
  });
});
