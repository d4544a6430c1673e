import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/passwords";
import { generateOneTimeToken, hashOneTimeToken, isOneTimeTokenShaped } from "@/lib/auth/one-time-token";
import type { Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invitationProblem, linkStateOf } from "./state";
import { errorText } from "@/lib/i18n/error-text";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

type Actor = { userId: string; orgId: string };

/** What the caller needs to deliver an invitation: the token exists only here and in the link made from it. */
export type IssuedInvitation = {
  invitationId: string;
  email: string;
  role: Role;
  token: string;
  expiresAt: Date;
  orgName: string;
  inviterName: string | null;
};

/**
 * Issues a new invitation for an address, revoking any earlier pending one of the same organization for it, so only
 * the newest link works. Shared by admins' invitations and `npm run org:create` (invitedById null).
 */
export async function issueInvitationInTx(
  tx: Tx,
  input: { orgId: string; email: string; role: Role; invitedById: string | null },
): Promise<IssuedInvitation> {
  const existing = await tx.user.findUnique({
    where: { email: input.email },
    select: { memberships: { where: { orgId: input.orgId }, select: { id: true } } },
  });
  if (existing?.memberships.length)
    throw new AppError("CONFLICT", errorText("invitations.alreadyMember", { email: input.email }), { field: "email" });
  // One account is one person with one password; letting an invitation set the password of an existing account
  // would let whoever holds the link take it over.
  if (existing)
    throw new AppError("CONFLICT", errorText("invitations.accountElsewhere", { email: input.email }), {
      field: "email",
    });
  const now = new Date();
  await tx.invitation.updateMany({
    where: { orgId: input.orgId, email: input.email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const token = generateOneTimeToken();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const row = await tx.invitation.create({
    data: {
      orgId: input.orgId,
      email: input.email,
      role: input.role,
      tokenHash: hashOneTimeToken(token),
      invitedById: input.invitedById,
      expiresAt,
    },
    select: { id: true, org: { select: { name: true } }, invitedBy: { select: { name: true } } },
  });
  return {
    invitationId: row.id,
    email: input.email,
    role: input.role,
    token,
    expiresAt,
    orgName: row.org.name,
    inviterName: row.invitedBy?.name ?? null,
  };
}

export async function inviteMember(actor: Actor, input: { email: string; role: Role }): Promise<IssuedInvitation> {
  return db.$transaction(async (tx) => {
    const issued = await issueInvitationInTx(tx, {
      orgId: actor.orgId,
      email: input.email,
      role: input.role,
      invitedById: actor.userId,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "invitation",
      entityId: issued.invitationId,
      action: "invitation.created",
      after: { email: input.email, role: input.role },
    });
    return issued;
  });
}

// Resending makes a new link (the old token is not stored, so it cannot be sent again) and revokes the old one.
export async function resendInvitation(actor: Actor, input: { invitationId: string }): Promise<IssuedInvitation> {
  return db.$transaction(async (tx) => {
    const old = await tx.invitation.findFirst({
      where: { id: input.invitationId, orgId: actor.orgId, acceptedAt: null, revokedAt: null },
      select: { email: true, role: true },
    });
    if (!old) throw new AppError("NOT_FOUND", "invitations.notFound");
    const issued = await issueInvitationInTx(tx, {
      orgId: actor.orgId,
      email: old.email,
      role: old.role,
      invitedById: actor.userId,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "invitation",
      entityId: issued.invitationId,
      action: "invitation.resent",
      before: { invitationId: input.invitationId },
      after: { email: old.email, role: old.role },
    });
    return issued;
  });
}

export async function revokeInvitation(actor: Actor, input: { invitationId: string }): Promise<{ email: string }> {
  return db.$transaction(async (tx) => {
    const row = await tx.invitation.findFirst({
      where: { id: input.invitationId, orgId: actor.orgId, acceptedAt: null, revokedAt: null },
      select: { id: true, email: true, role: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "invitations.notFound");
    await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "invitation",
      entityId: row.id,
      action: "invitation.revoked",
      before: { email: row.email, role: row.role },
    });
    return { email: row.email };
  });
}

/**
 * The invitee chooses a name and password: creates the account and its membership. The invitation is claimed with a
 * compare-and-set update, so of two submissions of one link exactly one creates an account.
 */
export async function acceptInvitation(input: {
  token: string;
  name: string;
  password: string;
}): Promise<{ email: string; orgName: string }> {
  if (!isOneTimeTokenShaped(input.token)) throw new AppError("NOT_FOUND", invitationProblem("unknown"));
  const tokenHash = hashOneTimeToken(input.token);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const claimed = await tx.invitation.updateMany({
        where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      const row = await tx.invitation.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          orgId: true,
          email: true,
          role: true,
          expiresAt: true,
          acceptedAt: true,
          revokedAt: true,
          org: { select: { name: true } },
        },
      });
      if (claimed.count !== 1 || !row) {
        const state = linkStateOf(row && { ...row, usedAt: row.acceptedAt }, now);
        throw new AppError(
          state === "unknown" ? "NOT_FOUND" : "CONFLICT",
          invitationProblem(state === "valid" ? "used" : state),
        );
      }
      const user = await tx.user.create({
        data: {
          email: row.email,
          name: input.name,
          passwordHash,
          memberships: { create: { orgId: row.orgId, role: row.role } },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        orgId: row.orgId,
        actorId: user.id,
        entityType: "membership",
        entityId: user.id,
        action: "member.joined",
        after: { email: row.email, role: row.role, invitationId: row.id },
      });
      return { email: row.email, orgName: row.org.name };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "invitations.accountExists");
    throw e;
  }
}
