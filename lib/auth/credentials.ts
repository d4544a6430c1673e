import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { timed } from "@/lib/operations/request-context";
import { logSecurityEvent } from "@/lib/security/security-log";
import { clientAddressFrom } from "./client-address";
import { burnVerificationTime, hashPassword, needsRehash, verifyPassword } from "./passwords";
import { beginThrottledAttempt, finishThrottledAttempt } from "./attempts";
import { describeRetryAfter } from "./throttle";
import { text } from "@/lib/validation/text";

export const signInSchema = z.object({
  email: text()
    .trim()
    .toLowerCase()
    .min(1, "Enter your e-mail address.")
    .max(320, "That e-mail address is too long.")
    .pipe(z.email("Enter a valid e-mail address, such as name@example.org.")),
  password: text().min(1, "Enter your password.").max(200, "That password is too long."),
});

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "rate_limited" | "deactivated"; message: string };

const INVALID = "That e-mail and password do not match an account. Check both and try again.";

/** The account signing in, with whether it has an active membership. Also run by lib/auth/warm-up.ts at start. */
export function findAccountForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      memberships: { where: { deactivatedAt: null }, select: { id: true }, take: 1 },
    },
  });
}

// Same answer whether the e-mail is unknown or the password wrong: responses never reveal which accounts exist.
// Throttled per account+address and per address (lib/auth/throttle.ts), never per account alone, so failing on
// purpose from one address cannot keep the account's owner out from another.
export async function checkCredentials(email: string, password: string, ip: string): Promise<CredentialCheck> {
  // the account is read while the throttle decides (both are needed only if the try may go ahead): one round trip
  // to the database less on every sign-in
  const [gate, user] = await Promise.all([
    timed("throttle", () => beginThrottledAttempt("sign-in", email, ip)),
    timed("user", () => findAccountForSignIn(email)),
  ]);
  if (!gate.ok) {
    logSecurityEvent("sign_in_refused", {
      reason: "rate_limited",
      limit: gate.scope,
      email,
      address: ip,
      retryAfterSeconds: Math.ceil(gate.retryAfterMs / 1000),
    });
    return {
      ok: false,
      reason: "rate_limited",
      message: `Too many failed sign-in attempts from here. Wait ${describeRetryAfter(gate.retryAfterMs)} and try again.`,
    };
  }
  // the same phase name for a known and an unknown account: the header must not tell them apart
  const valid = await timed("verify", async () =>
    user ? await verifyPassword(user.passwordHash, password) : (await burnVerificationTime(password), false),
  );
  await Promise.all([
    timed("attempt", () => finishThrottledAttempt(gate.attemptId, { succeeded: valid })),
    valid && user && needsRehash(user.passwordHash) ? timed("rehash", () => upgradeHash(user, password)) : null,
  ]);
  if (!user || !valid) {
    logSecurityEvent("sign_in_refused", { reason: user ? "wrong_password" : "unknown_account", email, address: ip });
    return { ok: false, reason: "invalid", message: INVALID };
  }
  // Told only to someone who knows the password: a deactivated or removed member learns why, nobody else learns anything.
  if (user.memberships.length === 0) {
    logSecurityEvent("sign_in_refused", { reason: "deactivated", email, address: ip });
    return {
      ok: false,
      reason: "deactivated",
      message: "This account is not active in any organization. Ask an admin of your organization.",
    };
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

// A hash made with older settings (lib/auth/passwords.ts) is replaced by one with today's, now that the password is
// known. Only if it is still the hash that was checked: a password changed meanwhile is not overwritten.
async function upgradeHash(user: { id: string; passwordHash: string }, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
}

export function clientAddress(headers: Headers): string {
  return clientAddressFrom(headers, getEnv().TRUSTED_PROXY_HOPS);
}
