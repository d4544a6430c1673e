import { describe, expect, it } from "vitest";
import { averagePrecision, precisionAt, rocAuc } from "./metrics";

const items = (pairs: [number, 0 | 1][]) => pairs.map(([score, label]) => ({ score, label }));

describe("ranking measures", () => {
  it("ROC AUC is 1 for a perfect ranking, 0 for a reversed one, 0.5 for all ties", () => {
    expect(
      rocAuc(
        items([
          [0.9, 1],
          [0.8, 1],
          [0.2, 0],
          [0.1, 0],
        ]),
      ),
    ).toBe(1);
    expect(
      rocAuc(
        items([
          [0.1, 1],
          [0.9, 0],
        ]),
      ),
    ).toBe(0);
    expect(
      rocAuc(
        items([
          [0.5, 1],
          [0.5, 0],
          [0.5, 0],
        ]),
      ),
    ).toBe(0.5);
    // one positive above two of three negatives
    expect(
      rocAuc(
        items([
          [0.6, 1],
          [0.7, 0],
          [0.5, 0],
          [0.4, 0],
        ]),
      ),
    ).toBeCloseTo(2 / 3);
  });

  it("average precision and precision at k follow the definitions", () => {
    const ranked = items([
      [0.9, 1],
      [0.8, 0],
      [0.7, 1],
      [0.1, 0],
    ]);
    expect(averagePrecision(ranked)).toBeCloseTo((1 / 1 + 2 / 3) / 2);
    expect(precisionAt(ranked, 1)).toBe(1);
    expect(precisionAt(ranked, 2)).toBe(0.5);
    expect(precisionAt(ranked, 10)).toBe(0.5);
  });
});
