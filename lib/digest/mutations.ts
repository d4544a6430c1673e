import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";

/** The member's own choice: a daily e-mail listing their unread notifications, or none. */
export async function setEmailDigest(
  viewer: { userId: string; orgId: string },
  enabled: boolean,
): Promise<{ enabled: boolean }> {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { userId: viewer.userId, orgId: viewer.orgId, deactivatedAt: null },
      select: { id: true, emailDigest: true },
    });
    if (!membership) throw new AppError("NOT_FOUND", "auth.membershipNotFound");
    if (membership.emailDigest !== enabled) {
      await tx.membership.update({ where: { id: membership.id }, data: { emailDigest: enabled } });
      await recordAudit(tx, {
        orgId: viewer.orgId,
        actorId: viewer.userId,
        entityType: "membership",
        entityId: viewer.userId,
        action: "member.email_digest_changed",
        before: { emailDigest: membership.emailDigest },
        after: { emailDigest: enabled },
      });
    }
    return { enabled };
  });
}
