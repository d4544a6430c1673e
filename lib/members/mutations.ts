import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/passwords";
import { recordAudit } from "@/lib/audit/record";
import { endAllSessionsOfUser } from "@/lib/auth/sessions";

// The member's other sessions end with the old password (an admin resetting their own keeps the session they are using).
export async function resetMemberPassword(
  actor: { userId: string; orgId: string; sessionId?: string },
  input: { userId: string; password: string },
) {
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    // row-level check: only members of the admin's own organization
    const membership = await tx.membership.findFirst({
      where: { userId: input.userId, orgId: actor.orgId },
      select: { user: { select: { email: true } } },
    });
    if (!membership) throw new AppError("NOT_FOUND", "members.notFound");
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash } });
    await endAllSessionsOfUser(
      tx,
      input.userId,
      input.userId === actor.userId ? { exceptSessionId: actor.sessionId } : {},
    );
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "membership",
      entityId: input.userId,
      action: "member.password_reset",
      after: { email: membership.user.email },
    });
  });
}
