import "server-only";
import { db, type Tx } from "@/lib/db";
import { notificationMessage, type NotificationKind } from "./messages";
import type { Actor } from "@/lib/auth/actor";

export type NotificationDraft = {
  userIds: string[];
  kind: NotificationKind;
  claimId: string;
  articleId: string;
  message: string;
};

// Called with the transaction of the change that causes it, so a notification never announces a rolled-back write.
// Nobody is notified of their own action, and each recipient gets one row however often they are listed.
export async function createNotifications(tx: Tx, actor: Actor, draft: NotificationDraft): Promise<number> {
  const recipients = [...new Set(draft.userIds)].filter((id) => id !== actor.userId);
  if (recipients.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: recipients.map((userId) => ({
      orgId: actor.orgId,
      userId,
      actorId: actor.userId,
      kind: draft.kind,
      claimId: draft.claimId,
      articleId: draft.articleId,
      message: draft.message,
    })),
  });
  return count;
}

/** Tells a claim's verdict author and assignee about a workflow step someone else took on it. */
export async function notifyClaimParticipants(
  tx: Tx,
  actor: Actor,
  claimId: string,
  kind: Exclude<NotificationKind, "mention" | "assignment">,
): Promise<void> {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, orgId: actor.orgId },
    select: { articleId: true, quote: true, assigneeId: true, verdict: { select: { authorId: true } } },
  });
  if (!claim) return;
  const userIds = [claim.verdict?.authorId, claim.assigneeId].filter((id): id is string => !!id);
  if (userIds.every((id) => id === actor.userId)) return;
  const actorName = await findActorName(tx, actor.userId);
  await createNotifications(tx, actor, {
    userIds,
    kind,
    claimId,
    articleId: claim.articleId,
    message: notificationMessage(kind, actorName, claim.quote),
  });
}

export async function findActorName(tx: Tx, userId: string): Promise<string> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
  return user?.name ?? "A colleague";
}

// Row-level scope: a member can only ever touch their own notifications in their own organization.
export async function markNotificationRead(viewer: Actor, notificationId: string): Promise<void> {
  await db.notification.updateMany({
    where: { id: notificationId, userId: viewer.userId, orgId: viewer.orgId, readAt: null },
    data: { readAt: new Date() },
  });
}

export async function markAllNotificationsRead(viewer: Actor): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: viewer.userId, orgId: viewer.orgId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
