import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/vocabulary/notification-kinds";

/**
 * The member's own choice of which events notify them (in the bell and so in the digest). Stored as the kinds turned
 * off, so a kind added later starts on. Row-level: the viewer's own membership is the only row this can touch.
 */
export async function setNotificationPreferences(
  viewer: { userId: string; orgId: string },
  enabledKinds: readonly NotificationKind[],
): Promise<{ enabled: NotificationKind[] }> {
  const enabled = NOTIFICATION_KINDS.filter((k) => enabledKinds.includes(k));
  const muted = NOTIFICATION_KINDS.filter((k) => !enabledKinds.includes(k));
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { userId: viewer.userId, orgId: viewer.orgId, deactivatedAt: null },
      select: { id: true, mutedNotificationKinds: true },
    });
    if (!membership) throw new AppError("NOT_FOUND", "auth.membershipNotFound");
    const before = [...membership.mutedNotificationKinds].sort();
    if (before.join() !== [...muted].sort().join()) {
      await tx.membership.update({ where: { id: membership.id }, data: { mutedNotificationKinds: muted } });
      await recordAudit(tx, {
        orgId: viewer.orgId,
        actorId: viewer.userId,
        entityType: "membership",
        entityId: viewer.userId,
        action: "member.notification_preferences_changed",
        before: { mutedNotificationKinds: before },
        after: { mutedNotificationKinds: muted },
      });
    }
    return { enabled };
  });
}
