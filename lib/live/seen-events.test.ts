import { describe, expect, it } from "vitest";
import { SeenEvents } from "./seen-events";

describe("seen events", () => {
  it("reports each id once and forgets ids that fell out of the window", () => {
    const seen = new SeenEvents(10_000);
    const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    expect(seen.add("a", t(0))).toBe(true);
    expect(seen.add("a", t(0))).toBe(false);
    expect(seen.add("b", t(15))).toBe(true);
    seen.prune(t(20)); // window starts at 10 s: "a" (0 s) goes, "b" (15 s) stays
    expect([seen.has("a"), seen.has("b"), seen.size]).toEqual([false, true, 1]);
  });
});
