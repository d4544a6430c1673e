import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/anchoring/normalize";
import { mapNormalizedText, splitIntoPieces, toRawRange } from "./text-map";

// Characters that exercise every normalisation rule: spaces of all kinds, every line break, BOM, combining marks.
const tricky = fc.constantFrom(
  "a",
  "b",
  "Z",
  ".",
  " ",
  "  ",
  "\t",
  "\u00a0",
  "\u2009",
  "\u3000",
  "\n",
  "\r",
  "\r\n",
  "\u0085",
  "\u2028",
  "\u2029",
  "\ufeff",
  "e\u0301",
  "\u0301",
  "\u00e9",
  "A\u030a",
  "\u1100\u1161",
  "\u11a8",
  "\u{1F600}",
  "\u200d",
  "q\u0323\u0307",
);
const piecesOf = (chars: fc.Arbitrary<string>) =>
  fc.array(
    fc.array(chars, { maxLength: 12 }).map((a) => a.join("")),
    { maxLength: 8 },
  );

describe("mapNormalizedText", () => {
  it("produces exactly normalizeText's output for the joined pieces", () => {
    fc.assert(
      fc.property(piecesOf(tricky), (pieces) => {
        expect(mapNormalizedText(pieces).text).toBe(normalizeText(pieces.join("")));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(piecesOf(fc.string({ unit: "grapheme-composite" })), (pieces) => {
        expect(mapNormalizedText(pieces).text).toBe(normalizeText(pieces.join("")));
      }),
      { numRuns: 500 },
    );
  });

  it("maps every normalised character back to raw text that normalises to it", () => {
    fc.assert(
      fc.property(piecesOf(tricky), (pieces) => {
        const raw = pieces.join("");
        const mapped = mapNormalizedText(pieces);
        for (let i = 0; i < mapped.text.length; i++) {
          const from = mapped.from[i],
            to = mapped.to[i];
          expect(0 <= from && from < to && to <= raw.length).toBe(true);
          if (i > 0) expect(mapped.from[i]).toBeGreaterThanOrEqual(mapped.from[i - 1]);
          const source = raw.slice(from, to);
          // collapsed whitespace comes from whitespace; other characters from text that composes to them
          if (/\s/.test(mapped.text[i])) expect(source.replace(/\ufeff/g, "")).toMatch(/^[\s\u0085]+$/u);
          else
            expect(normalizeText(source).includes(mapped.text[i]) || /[\ud800-\udfff]/.test(mapped.text[i])).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("turns a quote found in the normalised text into the raw range a reader sees", () => {
    const pieces = ["  Intro", "\n", "The   alliance, formed\u00a0in ", "1949", " in Washington.  ", "\n", "Next."];
    const mapped = mapNormalizedText(pieces);
    expect(mapped.text).toBe("Intro\nThe alliance, formed in 1949 in Washington.\nNext.");
    const quote = "formed in 1949 in Washington";
    const start = mapped.text.indexOf(quote);
    const raw = toRawRange(mapped, start, start + quote.length)!;
    expect(pieces.join("").slice(raw.start, raw.end)).toBe("formed\u00a0in 1949 in Washington");
    expect(splitIntoPieces(mapped.pieceStarts, raw.start, raw.end)).toEqual([
      { piece: 2, start: 16, end: 26 },
      { piece: 3, start: 0, end: 4 },
      { piece: 4, start: 0, end: 14 },
    ]);
  });

  it("keeps a composed character's whole decomposed source", () => {
    const pieces = ["Cafe\u0301 ", "society"];
    const mapped = mapNormalizedText(pieces);
    expect(mapped.text).toBe("Café society");
    expect(toRawRange(mapped, 0, 4)).toEqual({ start: 0, end: 5 });
  });
});

describe("splitIntoPieces", () => {
  const starts = [0, 5, 6, 6, 20]; // pieces of length 5, 1, 0, 14
  it("skips empty pieces and clips to the range", () => {
    expect(splitIntoPieces(starts, 3, 8)).toEqual([
      { piece: 0, start: 3, end: 5 },
      { piece: 1, start: 0, end: 1 },
      { piece: 3, start: 0, end: 2 },
    ]);
    expect(splitIntoPieces(starts, 6, 20)).toEqual([{ piece: 3, start: 0, end: 14 }]);
    expect(splitIntoPieces(starts, 0, 5)).toEqual([{ piece: 0, start: 0, end: 5 }]);
  });
  it("rejects empty normalised ranges", () => {
    expect(toRawRange(mapNormalizedText(["abc"]), 2, 2)).toBeNull();
  });
});
