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

const INVITATION_PROBLEMS: Record<Exclude<LinkState, "valid">, string> = {
  unknown:
    "This invitation link is not valid. Check that you opened the whole link from the e-mail, or ask your admin for a new invitation.",
  expired: "This invitation has expired (invitations last 7 days). Ask your admin to send a new one.",
  used: "This invitation was already used. Sign in with the e-mail address and password chosen then.",
  revoked:
    "This invitation was withdrawn or replaced by a newer one. Use the newest invitation you received, or ask your admin.",
};

export function invitationProblem(state: Exclude<LinkState, "valid">): string {
  return INVITATION_PROBLEMS[state];
}
