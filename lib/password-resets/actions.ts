"use server";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/credentials";
import { beginThrottledAttempt } from "@/lib/auth/attempts";
import { retryAfterValues } from "@/lib/auth/throttle";
import { AppError, type ActionResult } from "@/lib/errors";
import { runAction } from "@/lib/run-action";
import { logSecurityEvent } from "@/lib/security/security-log";
import { resetRequestedMessage } from "./messages";
import { resetPasswordWithLink, sendPasswordResetLink } from "./mutations";
import { requestPasswordResetSchema, resetPasswordWithLinkSchema } from "./schema";
import { errorText } from "@/lib/i18n/error-text";

// Open to anyone. The answer is the same whether or not the address has an account, and it is given before the
// account is even looked up: the lookup, the token and the e-mail happen after the response, so its timing cannot
// tell either. Every request counts against the address and the address+account pair (lib/auth/throttle.ts).
export async function requestPasswordResetAction(
  _prev: ActionResult<{ message: string; email: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ message: string; email: string }>> {
  return runAction(async () => {
    const { email } = requestPasswordResetSchema.parse(Object.fromEntries(formData));
    const address = clientAddress(await headers());
    const gate = await beginThrottledAttempt("password-reset", email, address);
    if (!gate.ok) {
      logSecurityEvent("password_reset_refused", {
        reason: "rate_limited",
        limit: gate.scope,
        email,
        address,
        retryAfterSeconds: Math.ceil(gate.retryAfterMs / 1000),
      });
      throw new AppError("RATE_LIMITED", errorText("passwordResets.rateLimited", retryAfterValues(gate.retryAfterMs)));
    }
    void sendPasswordResetLink(email).then(
      (outcome) => logSecurityEvent("password_reset_requested", { outcome, email, address }),
      (e: Error) => logSecurityEvent("password_reset_failed", { email, address, error: e.message }),
    );
    // the form words the answer in the visitor's language from the address; the message is the English wording
    return { message: resetRequestedMessage(email), email };
  });
}

// Open to anyone holding the link: the token is the permission.
export async function resetPasswordWithLinkAction(
  _prev: ActionResult<{ email: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => resetPasswordWithLink(resetPasswordWithLinkSchema.parse(Object.fromEntries(formData))));
}
