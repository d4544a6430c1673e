import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorSelectors, describeRange } from "./anchor";
import { CONTEXT_LENGTH } from "./context";

/*
 * Texts are made of words (some of them accented, CJK, emoji or right-to-left)
 * so that repeated words and phrases occur, as in prose; edits insert, delete
 * or replace runs of characters.
 */
const WORDS = [
  "the",
  "council",
  "said",
  "budget",
  "rose",
  "fell",
  "percent",
  "in",
  "March",
  "naïve",
  "café",
  "Zürich",
  "東京都",
  "地铁",
  "🎉",
  "👨‍👩‍👧",
  "مرحبا",
  "שלום",
  "2024",
  "4.5",
  "million",
  "and",
  "not",
  "a",
  "report",
];
const word = fc.constantFrom(...WORDS);
const separator = fc.constantFrom(" ", " ", " ", ", ", ". ", "\n");
const phrase = (min: number, max: number) =>
  fc.array(fc.tuple(word, separator), { minLength: min, maxLength: max }).map((parts) => parts.flat().join(""));

type Edit = { at: number; remove: number; insert: string };
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(12), insert: phrase(0, 4) });

/** Applies edits (positions as fractions of the part) to a part of the text. */
function applyEdits(part: string, edits: Edit[]): string {
  let result = part;
  for (const { at, remove, insert } of edits) {
    const position = Math.floor(at * result.length);
    result = result.slice(0, position) + insert + result.slice(Math.min(result.length, position + remove));
  }
  return result;
}

const scenario = fc.record({
  before: phrase(8, 60),
  claim: phrase(3, 8).filter((text) => text.trim().length >= 12),
  after: phrase(8, 60),
  editsBefore: fc.array(edit, { maxLength: 4 }),
  editsAfter: fc.array(edit, { maxLength: 4 }),
});

describe("anchorSelectors properties", () => {
  it("round-trips any range of any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        expect(anchorSelectors(text, describeRange(text, start, end))).toEqual({
          status: "anchored",
          start,
          end,
          score: 1,
        });
      }),
      { numRuns: 300 },
    );
  });

  it("edits beyond the stored context never change what a claim anchors to", () => {
    fc.assert(
      fc.property(scenario, ({ before, claim, after, editsBefore, editsAfter }) => {
        const text = before + claim + after;
        const selectors = describeRange(text, before.length, before.length + claim.length);
        const keptBefore = before.slice(Math.max(0, before.length - CONTEXT_LENGTH));
        const keptAfter = after.slice(0, CONTEXT_LENGTH);
        const newBefore = applyEdits(before.slice(0, before.length - keptBefore.length), editsBefore) + keptBefore;
        const newAfter = keptAfter + applyEdits(after.slice(keptAfter.length), editsAfter);
        const edited = newBefore + claim + newAfter;
        expect(anchorSelectors(edited, selectors)).toMatchObject({
          status: "anchored",
          start: newBefore.length,
          end: newBefore.length + claim.length,
        });
      }),
      { numRuns: 300 },
    );
  });

  it("edits anywhere outside a claim never move it: it stays on the same words or is flagged", () => {
    fc.assert(
      fc.property(scenario, ({ before, claim, after, editsBefore, editsAfter }) => {
        const text = before + claim + after;
        const selectors = describeRange(text, before.length, before.length + claim.length);
        const newBefore = applyEdits(before, editsBefore);
        const edited = newBefore + claim + applyEdits(after, editsAfter);
        const result = anchorSelectors(edited, selectors);
        if (result.status === "anchored") {
          expect(result).toMatchObject({ start: newBefore.length, end: newBefore.length + claim.length });
        }
      }),
      { numRuns: 500 },
    );
  });
});
