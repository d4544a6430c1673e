import { describe, expect, it } from "vitest";
import { durationUnit, formatDuration, percentile } from "./percentile";
import { niceScale } from "./chart-scale";

const H = 3_600_000;

describe("percentiles (interpolated, as percentile_cont)", () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.5, 7],
    [[7], 0.9, 7],
    [[3, 1, 2], 0.5, 2],
    [[1, 2, 3, 10], 0.5, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[5, 1], 0, 1],
    [[5, 1], 1, 5],
  ])("%j at %s is %s", (values, q, expected) => {
    const got = percentile(values, q);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });

  it("refuses a quantile outside 0..1 and leaves its input alone", () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    const input = [3, 1, 2];
    percentile(input, 0.5);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe("durations", () => {
  it.each([
    [0, "1 min"],
    [20_000, "1 min"],
    [25 * 60_000, "25 min"],
    [(25 * 60 + 1) * 1000, "26 min"],
    [1.5 * H, "1.5 h"],
    [30 * H, "30 h"],
    [50 * H, "2.1 days"],
    [24 * 12 * H, "12 days"],
  ])("%s ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
  it("reads in the interface language, with that language's numbers", () => {
    expect(formatDuration(7.5 * H, "es")).toBe("7,5 h");
    expect(formatDuration(25 * 60_000, "ar")).toBe("25 دقيقة");
    expect(formatDuration(50 * H, "ar")).toBe("2.1 يوم");
  });
  it("uses minutes up to two hours, hours up to two days, then days", () => {
    expect(durationUnit(0).unit).toBe("minutes");
    expect(durationUnit(2 * H).unit).toBe("hours");
    expect(durationUnit(47 * H).unit).toBe("hours");
    expect(durationUnit(48 * H)).toEqual({ unit: "days", divisor: 24 * H });
  });
});

describe("axis scale", () => {
  it("rounds up to readable steps", () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(3, { integer: true })).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(2)).toEqual({ max: 2, ticks: [0, 0.5, 1, 1.5, 2] });
    expect(niceScale(2, { integer: true })).toEqual({ max: 2, ticks: [0, 1, 2] });
    expect(niceScale(37)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(180)).toEqual({ max: 200, ticks: [0, 50, 100, 150, 200] });
    expect(niceScale(0.7)).toEqual({ max: 0.8, ticks: [0, 0.2, 0.4, 0.6, 0.8] });
  });
});
