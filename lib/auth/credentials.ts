import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { timed } from "@/lib/operations/request-context";
import { logSecurityEvent } from "@/lib/security/security-log";
import { clientAddressFrom } from "./client-address";
import { burnVerificationTime, hashPassword, needsRehash, verifyPassword } from "./passwords";
import { beginThrottledAttempt, finishThrottledAttempt } from "./attempts";
import { retryAfterValues } from "./throttle";
import { text } from "@/lib/validation/text";
import { englishError, errorKey, errorText, type ErrorText } from "@/lib/i18n/error-text";

export const signInSchema = z.object({
  email: text()
    .trim()
    .toLowerCase()
    .min(1, errorKey("auth.emailMissing"))
    .max(320, errorKey("auth.emailTooLong"))
    .pipe(z.email(errorKey("auth.emailInvalid"))),
  password: text().min(1, errorKey("auth.passwordMissing")).max(200, errorKey("auth.passwordTooLong")),
});

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "rate_limited" | "deactivated"; text: ErrorText; message: string };

/** A refusal: its catalogue key (the sign-in form renders it in the visitor's language) and its English text. */
function refused(reason: "invalid" | "rate_limited" | "deactivated", text: ErrorText) {
  return { ok: false as const, reason, text, message: englishError(text.key, text.values) };
}

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
    return refused("rate_limited", errorText("auth.signInRateLimited", retryAfterValues(gate.retryAfterMs)));
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
    return refused("invalid", errorText("auth.credentialsMismatch"));
  }
  // Told only to someone who knows the password: a deactivated or removed member learns why, nobody else learns anything.
  if (user.memberships.length === 0) {
    logSecurityEvent("sign_in_refused", { reason: "deactivated", email, address: ip });
    return refused("deactivated", errorText("auth.noActiveMembership"));
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
