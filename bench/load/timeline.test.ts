import { describe, expect, it } from "vitest";
import { addToTimeline, formatTimeline, newTimeline } from "./timeline";

describe("load timeline", () => {
  it("buckets answers by the window they arrived in and reports each side's p95 and max", () => {
    const t = newTimeline(10_000);
    for (let i = 0; i < 20; i++) addToTimeline(t, 1_000 + i, "writes", i < 19 ? 10 : 900);
    addToTimeline(t, 12_000, "writes", 30);
    addToTimeline(t, 12_500, "reader page", 7);
    expect(formatTimeline(t).split("\n")).toEqual([
      "   0-10 s  writes 20, p95 10 ms, max 900 ms",
      "  10-20 s  writes 1, p95 30 ms, max 30 ms · reader page 1, p95 7 ms, max 7 ms",
    ]);
  });

  it("leaves out empty windows and sorts the rest by time", () => {
    const t = newTimeline(5_000);
    addToTimeline(t, 21_000, "reader page", 4);
    addToTimeline(t, 1_000, "reader page", 5);
    expect(
      formatTimeline(t)
        .split("\n")
        .map((l) => l.slice(0, 9).trim().replace(/ s$/, "")),
    ).toEqual(["0-5", "20-25"]);
  });
});
