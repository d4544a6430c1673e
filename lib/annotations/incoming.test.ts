import { describe, expect, it } from "vitest";
import { SAMPLE_ARTICLE_TEXT as TEXT } from "@/test/fixtures/sample-report";
import { toCodePointOffset } from "@/lib/export/text-offsets";
import {
  anchorIncoming,
  describeAnchorFailure,
  describeIncomingBodies,
  describeReplacement,
  normalizeQuoteText,
} from "./incoming";

const quote = (exact: string, prefix = "", suffix = "") => ({ exact, prefix, suffix });
const at = (phrase: string, occurrence = 0) => {
  let index = -1;
  for (let i = 0; i <= occurrence; i += 1) index = TEXT.indexOf(phrase, index + 1);
  return index;
};

describe("anchoring an incoming annotation", () => {
  const ishiba = "Ishiba had also invited Trump to visit Japan in the near future";

  it.each([
    ["a bare quote that stands once", quote(ishiba), null],
    ["a quote with its exact context", quote(ishiba, "between the two countries.\n", ", to which the latter"), null],
    ["a quote whose context came from another page", quote(ishiba, "Advertisement ", " Read more"), null],
    ["a quote with a wrong position hint", quote(ishiba), { start: 3, end: 40 }],
  ])("places %s", (_name, q, position) => {
    const start = at(ishiba);
    expect(anchorIncoming(TEXT, { quote: q, position })).toEqual({
      status: "anchored",
      start,
      end: start + ishiba.length,
    });
  });

  it("uses the position (in code points) to pick one of several equal quotes", () => {
    const second = at("technically inaccurate", 1);
    const position = { start: toCodePointOffset(TEXT, second), end: toCodePointOffset(TEXT, second + 22) };
    expect(anchorIncoming(TEXT, { quote: quote("technically inaccurate"), position })).toEqual({
      status: "anchored",
      start: second,
      end: second + 22,
    });
  });

  it("uses prefix and suffix to pick one of several equal quotes", () => {
    const second = at("technically inaccurate", 1);
    const q = quote("technically inaccurate", TEXT.slice(second - 32, second), TEXT.slice(second + 22, second + 54));
    expect(anchorIncoming(TEXT, { quote: q, position: null })).toMatchObject({ status: "anchored", start: second });
  });

  it("refuses a quote that stands several times with nothing to tell them apart", () => {
    expect(anchorIncoming(TEXT, { quote: quote("Trump"), position: null })).toMatchObject({
      status: "ambiguous",
      count: expect.any(Number),
    });
    const result = anchorIncoming(TEXT, { quote: quote("technically inaccurate"), position: null });
    expect(result).toEqual({ status: "ambiguous", count: 2 });
  });

  it("refuses words that are not in the text, and white space", () => {
    expect(anchorIncoming(TEXT, { quote: quote("The moon is made of cheese"), position: null })).toEqual({
      status: "orphaned",
    });
    expect(anchorIncoming(TEXT, { quote: quote("   "), position: null })).toEqual({ status: "orphaned" });
  });

  it("folds the white space and composition a web page adds", () => {
    const start = at(ishiba);
    const copied = "Ishiba had also invited Trump\u00a0to visit Japan in the near\r\nfuture".replace("\r\n", " ");
    expect(anchorIncoming(TEXT, { quote: quote(copied), position: null })).toMatchObject({ status: "anchored", start });
    expect(normalizeQuoteText("e\u0301\u00a0a\r\nb")).toBe("é a\nb");
    expect(normalizeQuoteText(" edge ")).toBe(" edge ");
  });

  it("explains failures by naming the selector", () => {
    expect(describeAnchorFailure({ status: "orphaned" })).toMatch(/TextQuoteSelector.exact.*not found/);
    expect(describeAnchorFailure({ status: "ambiguous", count: 3 })).toMatch(/matches 3 places.*prefix and suffix/);
  });
});

describe("bodies kept for reviewers", () => {
  it("joins texts and links under a heading, or gives nothing without bodies", () => {
    const comment = describeIncomingBodies(
      {
        texts: [
          { value: " First note ", purposes: [], format: null },
          { value: "", purposes: [], format: null },
        ],
        links: [{ url: "https://example.org/a", purposes: [] }],
      },
      "From the API:",
    );
    expect(comment).toBe("From the API:\n\nFirst note\n\nLinks:\n- https://example.org/a");
    expect(describeIncomingBodies({ texts: [], links: [] }, "From the API:")).toBeNull();
  });

  it("names the quote a replacement points at, even without bodies", () => {
    expect(describeReplacement({ quote: quote("the words"), texts: [], links: [] }, "Extension")).toBe(
      "Replacement proposed through the API (token “Extension”) for the quote “the words”.",
    );
  });
});
