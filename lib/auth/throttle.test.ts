import { describe, expect, it } from "vitest";
import { englishError } from "@/lib/i18n/error-text";
import { errorIn } from "@/lib/i18n/error-text-in";
import { checkThrottle, delayAfter, retryAfterValues, THROTTLE_RULES } from "./throttle";

const now = new Date("2026-12-02T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const times = (n: number, spacingMs = 1000) => Array.from({ length: n }, (_, i) => ago((i + 1) * spacingMs));
const signIn = THROTTLE_RULES["sign-in"];

describe("delayAfter", () => {
  it("is free up to the rule's allowance, then doubles up to the cap", () => {
    const rule = signIn.accountAddress;
    expect(delayAfter(rule.free - 1, rule)).toBe(0);
    expect(delayAfter(rule.free, rule)).toBe(rule.baseDelayMs);
    expect(delayAfter(rule.free + 1, rule)).toBe(rule.baseDelayMs * 2);
    expect(delayAfter(rule.free + 3, rule)).toBe(rule.baseDelayMs * 8);
    expect(delayAfter(1000, rule)).toBe(rule.maxDelayMs);
  });
});

describe("checkThrottle", () => {
  it("lets a person make a few mistakes without waiting", () => {
    expect(
      checkThrottle({
        action: "sign-in",
        accountAddressFailures: times(signIn.accountAddress.free - 1),
        addressFailures: [],
        now,
      }),
    ).toEqual({ throttled: false });
  });

  it("makes the next try wait after the newest failure, growing with each failure", () => {
    const free = signIn.accountAddress.free;
    const first = checkThrottle({
      action: "sign-in",
      accountAddressFailures: times(free, 1000),
      addressFailures: [],
      now,
    });
    expect(first).toEqual({
      throttled: true,
      scope: "account-address",
      retryAfterMs: signIn.accountAddress.baseDelayMs - 1000,
    });
    const later = checkThrottle({
      action: "sign-in",
      accountAddressFailures: times(free + 2, 1000),
      addressFailures: [],
      now,
    });
    expect(later).toEqual({
      throttled: true,
      scope: "account-address",
      retryAfterMs: signIn.accountAddress.baseDelayMs * 4 - 1000,
    });
  });

  it("lets one more try through once the wait is over: a delay, not a lock", () => {
    const free = signIn.accountAddress.free;
    const failures = [
      ago(signIn.accountAddress.baseDelayMs + 1),
      ...times(free - 1, 1).map((d) => new Date(d.getTime() - signIn.accountAddress.baseDelayMs - 10)),
    ];
    expect(checkThrottle({ action: "sign-in", accountAddressFailures: failures, addressFailures: [], now })).toEqual({
      throttled: false,
    });
  });

  it("never waits longer than the cap, however many failures", () => {
    const verdict = checkThrottle({
      action: "sign-in",
      accountAddressFailures: times(99, 1),
      addressFailures: [],
      now,
    });
    expect(verdict).toMatchObject({ throttled: true });
    if (verdict.throttled) expect(verdict.retryAfterMs).toBeLessThanOrEqual(signIn.accountAddress.maxDelayMs);
  });

  it("forgets failures older than the window", () => {
    const old = Array.from({ length: 50 }, () => ago(signIn.windowMs + 1));
    expect(checkThrottle({ action: "sign-in", accountAddressFailures: old, addressFailures: old, now })).toEqual({
      throttled: false,
    });
  });

  it("slows one address spraying many accounts, with a larger allowance", () => {
    expect(
      checkThrottle({
        action: "sign-in",
        accountAddressFailures: [],
        addressFailures: times(signIn.address.free - 1),
        now,
      }),
    ).toEqual({ throttled: false });
    expect(
      checkThrottle({
        action: "sign-in",
        accountAddressFailures: [],
        addressFailures: times(signIn.address.free),
        now,
      }),
    ).toMatchObject({ throttled: true, scope: "address" });
  });

  it("has rules of its own for each action", () => {
    const reset = THROTTLE_RULES["password-reset"];
    const failures = times(reset.accountAddress.free);
    expect(
      checkThrottle({ action: "password-reset", accountAddressFailures: failures, addressFailures: [], now }),
    ).toMatchObject({ throttled: true });
    expect(
      checkThrottle({
        action: "sign-in",
        accountAddressFailures: failures.slice(0, signIn.accountAddress.free - 1),
        addressFailures: [],
        now,
      }),
    ).toEqual({ throttled: false });
  });
});

describe("retryAfterValues", () => {
  const wait = (ms: number) => englishError("auth.signInRateLimited", retryAfterValues(ms));
  it("says the wait in words", () => {
    expect(wait(500)).toContain("Wait a second and");
    expect(wait(14_200)).toContain("Wait 15 seconds and");
    expect(wait(60_000)).toContain("Wait a minute and");
    expect(wait(5 * 60_000 + 1)).toContain("Wait 6 minutes and");
  });
  it("says it in Spanish and Arabic too", () => {
    expect(errorIn("es", "auth.signInRateLimited", retryAfterValues(14_200))).toContain("Espera 15 segundos");
    expect(errorIn("ar", "auth.signInRateLimited", retryAfterValues(120_000))).toContain("دقيقتين");
  });
});
