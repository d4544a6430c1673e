import { describe, expect, it } from "vitest";
import { keepsOwnSentence, ownSentencePrefix, ownSentenceSuffix } from "./own-sentence";

describe("the claim's own sentence around a quote", () => {
  it.each([
    ["ends with a sentence", "in Kraków, told a newspaper. ", ""],
    ["is inside the sentence", ", a finance minister in Kraków, ", ", a finance minister in Kraków, "],
    ["crosses a paragraph break", "ber 2016.\nThe plan, which", "The plan, which"],
    ["follows a closing quotation mark", "said “Go.” Then he", "Then he"],
    ["follows a CJK full stop", "漢字です。次の文", "次の文"],
    ["is empty", "", ""],
  ])("prefix that %s", (_, prefix, own) => {
    expect(ownSentencePrefix(prefix)).toBe(own);
  });

  it.each([
    ["ends the sentence", "told a newspaper.", "\nOpposition leaders", ""],
    ["is a clause", "The plan, which aims", ", would cost about. Next", ", would cost about."],
    ["ends a CJK sentence", "文です。", "次の文", ""],
    ["runs to the text's end", "clause", " and more", " and more"],
  ])("suffix when the quote %s", (_, quote, suffix, own) => {
    expect(ownSentenceSuffix(quote, suffix)).toBe(own);
  });

  it("requires those parts next to the candidate", () => {
    const quote = { exact: "told reporters.", prefix: "Okafor, a finance minister, ", suffix: " Next." };
    const text = "Lars Okafor, a finance minister, told reporters. Then: Maria Berg, a senator, told reporters. Next.";
    const own = text.indexOf("told reporters.");
    const other = text.lastIndexOf("told reporters.");
    expect(keepsOwnSentence(text, quote, own, own + quote.exact.length)).toBe(true);
    expect(keepsOwnSentence(text, quote, other, other + quote.exact.length)).toBe(false);
  });
});
