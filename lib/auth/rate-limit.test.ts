import { describe, expect, it } from "vitest";
import { checkSignInRateLimit, describeRetryAfter, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, SIGN_IN_WINDOW_MS } from "./rate-limit";

const now = new Date("2026-11-25T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const times = (n: number, spacingMs = 1000) => Array.from({ length: n }, (_, i) => ago((i + 1) * spacingMs));

describe("checkSignInRateLimit", () => {
  it("lets a user through below the account limit", () => {
    expect(checkSignInRateLimit({ accountFailures: times(MAX_FAILURES_PER_ACCOUNT - 1), addressFailures: [], now })).toEqual({ limited: false });
  });
  it("limits an account after too many recent failures, with the time until the oldest one expires", () => {
    const verdict = checkSignInRateLimit({ accountFailures: times(MAX_FAILURES_PER_ACCOUNT, 60_000), addressFailures: [], now });
    expect(verdict).toMatchObject({ limited: true, reason: "account" });
    if (verdict.limited) expect(verdict.retryAfterMs).toBe(SIGN_IN_WINDOW_MS - MAX_FAILURES_PER_ACCOUNT * 60_000);
  });
  it("ignores failures older than the window", () => {
    const old = Array.from({ length: 10 }, () => ago(SIGN_IN_WINDOW_MS + 1));
    expect(checkSignInRateLimit({ accountFailures: old, addressFailures: old, now })).toEqual({ limited: false });
  });
  it("limits an address guessing many accounts", () => {
    expect(checkSignInRateLimit({ accountFailures: [], addressFailures: times(MAX_FAILURES_PER_ADDRESS), now })).toMatchObject({ limited: true, reason: "address" });
  });
  it("describes the wait in words", () => {
    expect(describeRetryAfter(30_000)).toBe("about a minute");
    expect(describeRetryAfter(5 * 60_000 + 1)).toBe("6 minutes");
  });
});
