import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignmentCostsEndingAt, alignmentCostsStartingAt, editDistance, findMatchStart } from "./alignment";
import { findApproxMatches, findMatchEnds } from "./approx-search";

/** Textbook O(n·m) DP; `freeStart` lets the match begin anywhere in the text. */
function bottomRow(text: string, pattern: string, freeStart: boolean): number[] {
  let previous = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const row = [pattern.length];
  for (let j = 1; j <= text.length; j++) {
    const current = [freeStart ? 0 : j];
    for (let i = 1; i <= pattern.length; i++) {
      const substitution = previous[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current[i] = Math.min(substitution, previous[i] + 1, current[i - 1] + 1);
    }
    row.push(current[pattern.length]);
    previous = current;
  }
  return row;
}

// Small alphabets make matches (and near-matches) frequent; long patterns cross blocks.
const smallAlphabet = fc.constantFrom("a", "b", "c", " ");
const text = fc.string({ unit: smallAlphabet, maxLength: 120 });
const pattern = fc.string({ unit: smallAlphabet, minLength: 1, maxLength: 100 });

describe("findMatchEnds", () => {
  it("reports exactly the ends within budget, with the DP's costs", () => {
    fc.assert(
      fc.property(text, pattern, fc.nat(40), (t, p, maxErrors) => {
        const expected = bottomRow(t, p, true)
          .map((errors, end) => ({ end, errors }))
          .filter(({ end, errors }) => end > 0 && errors <= maxErrors);
        expect(findMatchEnds(t, p, maxErrors)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("handles patterns far longer than one 32-bit block", () => {
    const p = "the quick brown fox jumps over the lazy dog. ".repeat(5);
    const t = `xx ${p.replace("lazy", "sleepy")} yy`;
    const ends = findMatchEnds(t, p, 5);
    expect(Math.min(...ends.map((end) => end.errors))).toBe(editDistance("lazy", "sleepy"));
  });

  it("rejects an empty pattern", () => {
    expect(() => findMatchEnds("abc", "", 1)).toThrow(RangeError);
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    ["😀a", "😁a", 1],
  ])("editDistance(%j, %j) = %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it("agrees with the DP and is symmetric", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const expected = bottomRow(b, a, false).at(-1);
        expect(editDistance(a, b)).toBe(expected);
        expect(editDistance(b, a)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("alignment costs", () => {
  it("cost of a pattern ending at each offset equals the free-start DP", () => {
    fc.assert(
      fc.property(text, pattern, (t, p) => {
        const costs = Array.from(alignmentCostsEndingAt(t, p, 0, t.length));
        expect(costs).toEqual(bottomRow(t, p, true));
      }),
    );
  });

  it("cost of a pattern starting at each offset mirrors it", () => {
    fc.assert(
      fc.property(text, pattern, (t, p) => {
        const reversed = (s: string) => [...s].reverse().join("");
        const costs = Array.from(alignmentCostsStartingAt(t, p, 0, t.length));
        expect(costs).toEqual(bottomRow(reversed(t), reversed(p), true));
      }),
    );
  });
});

describe("findApproxMatches", () => {
  it("finds each edited copy once, with its start", () => {
    const t = "one: the council approved it. two: the council rejected it.";
    const matches = findApproxMatches(t, "the council approved it", 8);
    expect(matches.map(({ start, end }) => t.slice(start, end))).toEqual([
      "the council approved it",
      "the council rejected it",
    ]);
    expect(matches.map((match) => match.errors)).toEqual([0, editDistance("approved", "rejected")]);
  });

  it("every reported match really costs its errors", () => {
    fc.assert(
      fc.property(text, pattern, fc.nat(20), (t, p, maxErrors) => {
        for (const match of findApproxMatches(t, p, maxErrors)) {
          expect(match.errors).toBeLessThanOrEqual(maxErrors);
          expect(editDistance(p, t.slice(match.start, match.end))).toBe(match.errors);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("findMatchStart prefers the length closest to the pattern's", () => {
    expect(findMatchStart("xxabcxx", "abc", 5, 0)).toBe(2);
  });
});
