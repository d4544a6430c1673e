import "server-only";
import { db, type Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/vocabulary/notification-kinds";
import { notificationMessage } from "./messages";
import type { Actor } from "@/lib/auth/actor";

export type NotificationEvent = {
  userIds: string[];
  kind: NotificationKind;
  claimId: string;
  articleId: string;
  /** the claim's quote, or the comment for a mention */
  subject: string;
};

// Called with the transaction of the change that causes it, so a notification never announces a rolled-back write.
// Nobody is notified of their own action, nor of a kind they turned off, nor outside the actor's organization.
//
// One unread row per (recipient, article, kind, actor): the INSERT meets the partial unique index
// "Notification_unread_group_key" (readAt IS NULL) and, on conflict, counts into the existing row. Postgres makes a
// concurrent insert of the same key wait for the first to commit and then take the UPDATE branch, so two events at
// once make one group with count 2; a group marked read in the meantime no longer matches the index, and the event
// starts a new group. The claim stays on the group while every event is about that one claim (the link opens it).
export async function createNotifications(tx: Tx, actor: Actor, event: NotificationEvent): Promise<number> {
  const recipients = [...new Set(event.userIds)].filter((id) => id !== actor.userId);
  if (recipients.length === 0) return 0;
  const [actorName, article] = await Promise.all([
    findActorName(tx, actor.userId),
    tx.article.findFirst({ where: { id: event.articleId, orgId: actor.orgId }, select: { title: true } }),
  ]);
  const message = notificationMessage({
    kind: event.kind,
    actorName,
    count: 1,
    articleTitle: article?.title ?? null,
    subject: event.subject,
  });
  const now = new Date().toISOString();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Notification" ("id", "orgId", "userId", "actorId", "kind", "claimId", "articleId", "message", "subject", "count", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, m."orgId", m."userId", ${actor.userId}, ${event.kind}, ${event.claimId}, ${event.articleId},
           ${message}, ${event.subject}, 1, ${now}::timestamp(3), ${now}::timestamp(3)
    FROM "Membership" m
    WHERE m."orgId" = ${actor.orgId} AND m."userId" = ANY(${recipients}::text[]) AND m."deactivatedAt" IS NULL
      AND NOT (${event.kind} = ANY(m."mutedNotificationKinds"))
    ORDER BY m."userId"
    ON CONFLICT ("userId", "articleId", "kind", "actorId") WHERE "readAt" IS NULL DO UPDATE SET
      "count" = "Notification"."count" + 1,
      "updatedAt" = EXCLUDED."updatedAt",
      "subject" = EXCLUDED."subject",
      "message" = EXCLUDED."message",
      "claimId" = CASE WHEN "Notification"."claimId" = EXCLUDED."claimId" THEN "Notification"."claimId" END
    RETURNING "id"`;
  return rows.length;
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
  await createNotifications(tx, actor, { userIds, kind, claimId, articleId: claim.articleId, subject: claim.quote });
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
