import type { LinkState } from "@/lib/invitations/state";

export const RESET_LIFETIME_MS = 60 * 60 * 1000;

const PROBLEMS: Record<Exclude<LinkState, "valid">, string> = {
  unknown:
    "This password reset link is not valid. Check that you opened the whole link from the e-mail, or ask for a new one.",
  expired: "This password reset link has expired (links last one hour). Ask for a new one.",
  used: "This password reset link was already used. If that was not you, ask for a new link now and tell an admin.",
  revoked: "This password reset link was replaced by a newer one. Use the newest link you received.",
};

export function resetLinkProblem(state: Exclude<LinkState, "valid">): string {
  return PROBLEMS[state];
}

/** The one answer to every reset request, whether or not the address has an account. */
export function resetRequestedMessage(email: string): string {
  return `If ${email} belongs to a FactDesk account, a link to choose a new password is on its way. It works once, for one hour. Check your spam folder if nothing arrives within a few minutes.`;
}
