import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/passwords";
import { recordAudit } from "@/lib/audit/record";
import { endAllSessionsOfUser } from "@/lib/auth/sessions";
import type { Role } from "@/lib/auth/permissions";

export async function addMember(actor: { userId: string; orgId: string }, input: { name: string; email: string; role: Role; password: string }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name: input.name, email: input.email, passwordHash, memberships: { create: { orgId: actor.orgId, role: input.role } } } });
      await recordAudit(tx, { orgId: actor.orgId, actorId: actor.userId, entityType: "membership", entityId: user.id, action: "member.added", after: { email: input.email, role: input.role } });
      return { userId: user.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", `An account with the e-mail ${input.email} already exists.`, { field: "email" });
    throw e;
  }
}

// The member's other sessions end with the old password (an admin resetting their own keeps the session they are using).
export async function resetMemberPassword(actor: { userId: string; orgId: string; sessionId?: string }, input: { userId: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    // row-level check: only members of the admin's own organization
    const membership = await tx.membership.findFirst({ where: { userId: input.userId, orgId: actor.orgId }, select: { user: { select: { email: true } } } });
    if (!membership) throw new AppError("NOT_FOUND", "That member is not part of your organization.");
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash } });
    await endAllSessionsOfUser(tx, input.userId, input.userId === actor.userId ? { exceptSessionId: actor.sessionId } : {});
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.userId, entityType: "membership", entityId: input.userId, action: "member.password_reset", after: { email: membership.user.email } });
  });
}
