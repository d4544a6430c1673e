// Throttling of guessable actions (signing in, asking for a password reset). Pure: callers pass the recent failures
// read from the database, so the limits hold across several app servers.
//
// Two keys, never the account alone: a limit on the account by itself lets anyone keep its owner out by failing on
// purpose. Instead
// - account + address: the person at this address trying this account. A few mistakes are free, then each failure
//   makes the next try wait longer (doubling, capped). A success from that address clears it. Another address,
//   the account's owner in the office say, is not affected at all.
// - address: one address trying many accounts (password spraying). More failures are free (a shared office
//   address), then the same doubling delays.
// Delays, not locks: once the wait is over one more try is allowed, and a try refused while waiting is not counted,
// so it cannot make the wait longer.

export type ThrottledAction = "sign-in" | "password-reset";

export type DelayRule = {
  /** failures allowed before any waiting */
  free: number;
  /** the wait after the first failure beyond `free`; it doubles with each further failure */
  baseDelayMs: number;
  maxDelayMs: number;
};

export type ThrottleRules = { windowMs: number; accountAddress: DelayRule; address: DelayRule };

const MINUTE = 60_000;

export const THROTTLE_RULES: Record<ThrottledAction, ThrottleRules> = {
  // 5 free tries, then 15 s, 30 s, 1 min, 2 min ... up to 15 min between tries; an hour without failures starts over
  "sign-in": {
    windowMs: 60 * MINUTE,
    accountAddress: { free: 5, baseDelayMs: 15_000, maxDelayMs: 15 * MINUTE },
    address: { free: 20, baseDelayMs: 15_000, maxDelayMs: 15 * MINUTE },
  },
  // every request counts (there is no "wrong" reset request): a few resends, then the same growing waits
  "password-reset": {
    windowMs: 60 * MINUTE,
    accountAddress: { free: 3, baseDelayMs: 60_000, maxDelayMs: 15 * MINUTE },
    address: { free: 10, baseDelayMs: 60_000, maxDelayMs: 15 * MINUTE },
  },
};

/** The wait required after the newest of `failures` counted failures (0 while they are free). */
export function delayAfter(failures: number, rule: DelayRule): number {
  if (failures < rule.free) return 0;
  const doublings = Math.min(failures - rule.free, 30);
  return Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** doublings);
}

export type ThrottleVerdict =
  { throttled: false } | { throttled: true; scope: "account-address" | "address"; retryAfterMs: number };

/**
 * Whether a try may go ahead now. `accountAddressFailures`: this account from this address since its last success
 * there; `addressFailures`: this address on any account. Both within the action's window, newest first or not.
 */
export function checkThrottle(input: {
  action: ThrottledAction;
  accountAddressFailures: Date[];
  addressFailures: Date[];
  now: Date;
}): ThrottleVerdict {
  const rules = THROTTLE_RULES[input.action];
  const now = input.now.getTime();
  const wait = (failures: Date[], rule: DelayRule): number => {
    const recent = failures.map((d) => d.getTime()).filter((t) => now - t < rules.windowMs);
    if (recent.length === 0) return 0;
    return Math.max(0, Math.max(...recent) + delayAfter(recent.length, rule) - now);
  };
  const pairWait = wait(input.accountAddressFailures, rules.accountAddress);
  if (pairWait > 0) return { throttled: true, scope: "account-address", retryAfterMs: pairWait };
  const addressWait = wait(input.addressFailures, rules.address);
  if (addressWait > 0) return { throttled: true, scope: "address", retryAfterMs: addressWait };
  return { throttled: false };
}

/** A wait as the errors catalogue words it: `Wait {unit, select …} {count …}` (seconds under a minute). */
export function retryAfterValues(ms: number): { unit: "seconds" | "minutes"; count: number } {
  if (ms < 60_000) return { unit: "seconds", count: Math.max(1, Math.ceil(ms / 1000)) };
  return { unit: "minutes", count: Math.ceil(ms / 60_000) };
}
