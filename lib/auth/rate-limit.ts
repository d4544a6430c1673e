// Failed sign-in limits. Pure: callers pass the counts of recent failures read from the database, so the limit
// holds across several app servers.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5; // a person mistyping gets five tries
export const MAX_FAILURES_PER_ADDRESS = 20; // one address guessing many accounts

export type RateLimitVerdict = { limited: false } | { limited: true; reason: "account" | "address"; retryAfterMs: number };

export function checkSignInRateLimit(input: {
  accountFailures: Date[];
  addressFailures: Date[];
  now: Date;
}): RateLimitVerdict {
  const retryAfter = (failures: Date[], max: number) => {
    const sorted = [...failures].sort((a, b) => b.getTime() - a.getTime());
    const oldestCounted = sorted[max - 1];
    return Math.max(1000, oldestCounted.getTime() + SIGN_IN_WINDOW_MS - input.now.getTime());
  };
  const recent = (failures: Date[]) => failures.filter((d) => input.now.getTime() - d.getTime() < SIGN_IN_WINDOW_MS);
  const account = recent(input.accountFailures);
  if (account.length >= MAX_FAILURES_PER_ACCOUNT) return { limited: true, reason: "account", retryAfterMs: retryAfter(account, MAX_FAILURES_PER_ACCOUNT) };
  const address = recent(input.addressFailures);
  if (address.length >= MAX_FAILURES_PER_ADDRESS) return { limited: true, reason: "address", retryAfterMs: retryAfter(address, MAX_FAILURES_PER_ADDRESS) };
  return { limited: false };
}

export function describeRetryAfter(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? "about a minute" : `${minutes} minutes`;
}
