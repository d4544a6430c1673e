import { describe, expect, it } from "vitest";
import { diffWords, type DiffPart } from "./word-diff";

const side = (parts: DiffPart[], keep: "added" | "removed") =>
  parts
    .filter((p) => p.kind !== keep)
    .map((p) => p.text)
    .join("");

describe("diffWords", () => {
  it.each([
    ["", "", []],
    ["same text", "same text", [{ kind: "same", text: "same text" }]],
    ["", "new words", [{ kind: "added", text: "new words" }]],
    ["old words", "", [{ kind: "removed", text: "old words" }]],
    [
      "The claim is false.",
      "The claim is misleading.",
      [
        { kind: "same", text: "The claim is " },
        { kind: "removed", text: "false." },
        { kind: "added", text: "misleading." },
      ],
    ],
    [
      "a b c",
      "a x c",
      [
        { kind: "same", text: "a " },
        { kind: "removed", text: "b" },
        { kind: "added", text: "x" },
        { kind: "same", text: " c" },
      ],
    ],
  ])("%j → %j", (before, after, parts) => expect(diffWords(before, after)).toEqual(parts));

  it("keeps both texts recoverable, including white space", () => {
    const before = "Under the 1960 treaty  the U.S.\nmust defend Japan.";
    const after = "Under the treaty, signed in 1960, the U.S. must\ndefend Japan at once.";
    const parts = diffWords(before, after);
    expect(side(parts, "added")).toBe(before);
    expect(side(parts, "removed")).toBe(after);
  });

  it("joins neighbouring replacements separated only by a space", () => {
    expect(diffWords("No one signed it.", "Both countries signed it.")).toEqual([
      { kind: "removed", text: "No one" },
      { kind: "added", text: "Both countries" },
      { kind: "same", text: " signed it." },
    ]);
    expect(diffWords("a c", "a b c")).toEqual([
      { kind: "same", text: "a " },
      { kind: "added", text: "b " },
      { kind: "same", text: "c" },
    ]);
  });

  it("finds words kept in the middle of a rewrite", () => {
    const parts = diffWords("one two three four", "zero two three five");
    expect(
      parts
        .filter((p) => p.kind === "same")
        .map((p) => p.text)
        .join("|"),
    ).toBe(" two three ");
  });

  it("falls back to before and after for huge rewrites", () => {
    const before = Array.from({ length: 1000 }, (_, i) => `a${i}`).join(" ");
    const after = Array.from({ length: 1000 }, (_, i) => `b${i}`).join(" ");
    expect(diffWords(`x ${before} y`, `x ${after} y`)).toEqual([
      { kind: "same", text: "x " },
      { kind: "removed", text: before },
      { kind: "added", text: after },
      { kind: "same", text: " y" },
    ]);
  });
});
