import type { ErrorKey } from "@/lib/i18n/error-text";
import type { LinkState } from "@/lib/invitations/state";

export const RESET_LIFETIME_MS = 60 * 60 * 1000;

/** Why a reset link cannot be used, as a key of the errors catalogue (errors.passwordResets.link.*). */
export function resetLinkProblem(state: Exclude<LinkState, "valid">): ErrorKey {
  return `passwordResets.link.${state}`;
}

/** The one answer to every reset request, whether or not the address has an account. */
export function resetRequestedMessage(email: string): string {
  return `If ${email} belongs to a FactDesk account, a link to choose a new password is on its way. It works once, for one hour. Check your spam folder if nothing arrives within a few minutes.`;
}
