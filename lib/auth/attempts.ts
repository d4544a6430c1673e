import "server-only";
import { db } from "@/lib/db";
import { checkThrottle, THROTTLE_RULES, type ThrottledAction } from "./throttle";

// The database side of lib/auth/throttle.ts, for any throttled action. Use:
//   const gate = await beginThrottledAttempt("sign-in", email, address);
//   if (!gate.ok) → refuse, saying to wait gate.retryAfterMs (and log it);
//   ... do the work (verify the password) ...
//   await finishThrottledAttempt(gate.attemptId, { succeeded });
// The try is written as a failure BEFORE the work and only turned into a success after it, so a burst of parallel
// tries sees the ones still in flight and cannot slip through together before any is counted. A refused try deletes
// its own row: waiting tries do not count.

export type ThrottleGate =
  { ok: true; attemptId: string } | { ok: false; scope: "account-address" | "address"; retryAfterMs: number };

// more failures than any rule needs to reach its longest wait
const MAX_ROWS_READ = 100;

/** `account` is the e-mail as typed (normalised), known account or not: the answer must not reveal which exist. */
export async function beginThrottledAttempt(
  action: ThrottledAction,
  account: string,
  address: string,
): Promise<ThrottleGate> {
  const attempt = await db.signInAttempt.create({
    data: { action, email: account, ip: address, success: false },
    select: { id: true, createdAt: true },
  });
  const since = new Date(attempt.createdAt.getTime() - THROTTLE_RULES[action].windowMs);
  const [pair, addressFailures] = await readRecentAttempts(action, account, address, since, attempt.id);
  const lastSuccess = pair.findIndex((a) => a.success);
  const pairFailures = (lastSuccess < 0 ? pair : pair.slice(0, lastSuccess)).map((a) => a.createdAt);
  const verdict = checkThrottle({
    action,
    accountAddressFailures: pairFailures,
    addressFailures: addressFailures.map((a) => a.createdAt),
    now: new Date(),
  });
  if (!verdict.throttled) return { ok: true, attemptId: attempt.id };
  await db.signInAttempt.deleteMany({ where: { id: attempt.id } });
  return { ok: false, scope: verdict.scope, retryAfterMs: verdict.retryAfterMs };
}

/**
 * This account+address's tries (any outcome) and this address's failures (any account) since `since`, newest first,
 * without the try `exceptId`. Exported for lib/auth/warm-up.ts, which runs the same statements once at start.
 */
export function readRecentAttempts(
  action: ThrottledAction,
  account: string,
  address: string,
  since: Date,
  exceptId: string,
) {
  return Promise.all([
    db.signInAttempt.findMany({
      where: { action, email: account, ip: address, createdAt: { gte: since }, id: { not: exceptId } },
      select: { createdAt: true, success: true },
      orderBy: { createdAt: "desc" },
      take: MAX_ROWS_READ,
    }),
    db.signInAttempt.findMany({
      where: { action, ip: address, success: false, createdAt: { gte: since }, id: { not: exceptId } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: MAX_ROWS_READ,
    }),
  ]);
}

/** A failure is already recorded; a success clears the account+address delay for this address. */
export async function finishThrottledAttempt(attemptId: string, outcome: { succeeded: boolean }): Promise<void> {
  if (outcome.succeeded) await db.signInAttempt.updateMany({ where: { id: attemptId }, data: { success: true } });
}
