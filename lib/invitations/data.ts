import "server-only";
import { db } from "@/lib/db";
import { hashOneTimeToken, isOneTimeTokenShaped } from "@/lib/auth/one-time-token";
import type { Role } from "@/lib/auth/permissions";
import { linkStateOf, type LinkState } from "./state";

export type PendingInvitation = {
  id: string;
  email: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
  isExpired: boolean;
  invitedByName: string | null;
};

/** Invitations of the organization not yet accepted or revoked, newest first (expired ones too: they can be resent). */
export async function findPendingInvitations(orgId: string, now = new Date()): Promise<PendingInvitation[]> {
  const rows = await db.invitation.findMany({
    where: { orgId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      invitedBy: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    isExpired: r.expiresAt <= now,
    invitedByName: r.invitedBy?.name ?? null,
  }));
}

export type InvitationForLink =
  { state: Exclude<LinkState, "valid"> } | { state: "valid"; email: string; role: Role; orgName: string };

/** What the invitation page shows for a link's token. */
export async function loadInvitationForLink(token: string): Promise<InvitationForLink> {
  if (!isOneTimeTokenShaped(token)) return { state: "unknown" };
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      org: { select: { name: true } },
    },
  });
  const state = linkStateOf(row && { ...row, usedAt: row.acceptedAt });
  if (state !== "valid" || !row) return { state: state === "valid" ? "unknown" : state };
  return { state, email: row.email, role: row.role, orgName: row.org.name };
}
