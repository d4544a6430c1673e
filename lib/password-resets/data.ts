import "server-only";
import { db } from "@/lib/db";
import { hashOneTimeToken, isOneTimeTokenShaped } from "@/lib/auth/one-time-token";
import { linkStateOf, type LinkState } from "@/lib/invitations/state";

export async function loadResetLinkState(token: string): Promise<LinkState> {
  if (!isOneTimeTokenShaped(token)) return "unknown";
  const row = await db.passwordReset.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: { expiresAt: true, usedAt: true },
  });
  return linkStateOf(row);
}
