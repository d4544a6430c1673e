import { describe, expect, it } from "vitest";
import { innermostRange, segmentBlock, sortRanges, splitBlocks } from "./segments";

const text = "First paragraph here.\nSecond one, with a claim inside it.\n\nThird.";

describe("splitBlocks", () => {
  it("keeps absolute offsets and skips empty lines", () => {
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual([
      "First paragraph here.",
      "Second one, with a claim inside it.",
      "Third.",
    ]);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });
});

describe("segmentBlock", () => {
  const [, second] = splitBlocks(text);
  it("returns one plain segment when nothing is highlighted", () => {
    expect(segmentBlock(second, [])).toEqual([{ start: second.start, end: second.end, text: second.text, ids: [] }]);
  });
  it("splits at every boundary of overlapping and nested claims", () => {
    const outer = { id: "outer", start: second.start + 7, end: second.end - 1 };
    const inner = { id: "inner", start: second.start + 19, end: second.start + 24 };
    const overlap = { id: "overlap", start: second.start + 22, end: second.end };
    const segments = segmentBlock(second, sortRanges([inner, overlap, outer]));
    expect(segments.map((s) => s.text).join("")).toBe(second.text);
    expect(segments.find((s) => s.text === "claim".slice(0, 3))?.ids).toEqual(["outer", "inner"]);
    expect(segments.find((s) => s.text === "im")?.ids).toEqual(["outer", "inner", "overlap"]);
    expect(segments.at(-1)).toMatchObject({ text: ".", ids: ["overlap"] });
  });
  it("clips a claim that spans several blocks to each block", () => {
    const [first, secondBlock] = splitBlocks(text);
    const across = [{ id: "x", start: first.start + 6, end: secondBlock.start + 6 }];
    expect(segmentBlock(first, across).at(-1)).toMatchObject({ text: "paragraph here.", ids: ["x"] });
    expect(segmentBlock(secondBlock, across)[0]).toMatchObject({ text: "Second", ids: ["x"] });
  });
  it("picks the innermost claim for a click", () => {
    const byId = new Map([
      ["a", { id: "a", start: 0, end: 50 }],
      ["b", { id: "b", start: 10, end: 20 }],
    ]);
    expect(innermostRange(["a", "b"], byId)?.id).toBe("b");
  });
});
