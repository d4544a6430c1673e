import { afterEach, describe, expect, it, vi } from "vitest";
import {
  databaseDownFor,
  isDatabaseDown,
  markDatabaseDown,
  markDatabaseUp,
  registerDatabaseProbe,
} from "./database-health";

afterEach(() => {
  markDatabaseUp();
  vi.useRealTimers();
});

describe("database health", () => {
  it("keeps the moment the outage began, and probes until the database answers again", async () => {
    vi.useFakeTimers();
    let answers = false;
    const probe = vi.fn(async () => {
      if (!answers) throw new Error("connect ECONNREFUSED");
    });
    registerDatabaseProbe(probe);
    markDatabaseDown(1_000);
    markDatabaseDown(2_000);
    expect(databaseDownFor(4_000)).toBe(3_000);
    await vi.advanceTimersByTimeAsync(1_600);
    expect(probe.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(isDatabaseDown()).toBe(true);
    answers = true;
    await vi.advanceTimersByTimeAsync(600);
    expect(isDatabaseDown()).toBe(false);
    const calls = probe.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(probe.mock.calls.length).toBe(calls); // no probing while the database answers
  });
});
