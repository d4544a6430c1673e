import type { ErrorKey } from "@/lib/i18n/error-text";

// Pure: what a link's row says about the link. Shared by invitations and password resets, whose rows look alike.
export type LinkState = "valid" | "unknown" | "expired" | "used" | "revoked";

export function linkStateOf(
  row: { expiresAt: Date; usedAt: Date | null; revokedAt?: Date | null } | null,
  now = new Date(),
): LinkState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** Why an invitation link cannot be used, as a key of the errors catalogue (errors.invitations.link.*). */
export function invitationProblem(state: Exclude<LinkState, "valid">): ErrorKey {
  return `invitations.link.${state}`;
}
