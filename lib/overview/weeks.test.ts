import { describe, expect, it } from "vitest";
import { formatWeek, lastWeeks, weekIndex, weekStart } from "./weeks";

const d = (iso: string) => new Date(iso);

describe("week bucketing (Monday to Sunday, UTC)", () => {
  it.each([
    ["2026-11-23T00:00:00Z", "2026-11-23"], // a Monday, first instant
    ["2026-11-29T23:59:59.999Z", "2026-11-23"], // the Sunday after, last instant
    ["2026-11-30T00:00:00Z", "2026-11-30"],
    ["2026-01-01T12:00:00Z", "2025-12-29"], // across the new year
    ["2024-03-03T10:00:00Z", "2024-02-26"], // leap year
  ])("%s is in the week of %s", (date, monday) => {
    expect(weekStart(d(date)).toISOString().slice(0, 10)).toBe(monday);
  });

  it("lists the last weeks oldest first and places dates in them", () => {
    const weeks = lastWeeks(d("2026-11-25T15:00:00Z"), 3);
    expect(weeks.map((w) => w.toISOString().slice(0, 10))).toEqual(["2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(weekIndex(weeks, d("2026-11-09T00:00:00Z"))).toBe(0);
    expect(weekIndex(weeks, d("2026-11-22T23:59:59Z"))).toBe(1);
    expect(weekIndex(weeks, d("2026-11-25T16:00:00Z"))).toBe(2);
    expect(weekIndex(weeks, d("2026-11-08T23:59:59Z"))).toBe(-1);
    expect(weekIndex(weeks, d("2026-11-30T00:00:00Z"))).toBe(-1);
    expect(formatWeek(weeks[0])).toBe("9 Nov");
  });
});
