-- Notifications are grouped: one row per (recipient, article, kind, actor) while unread; a new event of the same kind
-- from the same actor on the same article counts into it (lib/notifications/mutations.ts). "subject" is the latest
-- event's claim quote or comment; "updatedAt" the latest event's time (rows written before this keep their message).
ALTER TABLE "Notification" ADD COLUMN "count" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Notification" ADD COLUMN "subject" TEXT;
ALTER TABLE "Notification" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "Notification" SET "updatedAt" = "createdAt";
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_count_check" CHECK ("count" >= 1);

-- Unread rows that already form one group become one: the newest keeps the count, and the claim when all share it.
WITH "groups" AS (
  SELECT "userId", "articleId", "kind", "actorId",
         (array_agg("id" ORDER BY "createdAt" DESC, "id" DESC))[1] AS "keep",
         count(*) AS "events", max("createdAt") AS "latest", count(DISTINCT "claimId") AS "claims"
  FROM "Notification"
  WHERE "readAt" IS NULL AND "articleId" IS NOT NULL AND "actorId" IS NOT NULL
  GROUP BY "userId", "articleId", "kind", "actorId"
  HAVING count(*) > 1
), "kept" AS (
  UPDATE "Notification" n
  SET "count" = g."events", "updatedAt" = g."latest",
      "claimId" = CASE WHEN g."claims" = 1 THEN n."claimId" ELSE NULL END
  FROM "groups" g WHERE n."id" = g."keep"
  RETURNING n."id"
)
DELETE FROM "Notification" n USING "groups" g
WHERE n."readAt" IS NULL AND n."userId" = g."userId" AND n."articleId" = g."articleId" AND n."kind" = g."kind"
  AND n."actorId" = g."actorId" AND n."id" <> g."keep";

-- The group key while unread: concurrent events upsert into one row (ON CONFLICT ... WHERE "readAt" IS NULL).
-- Not expressible in schema.prisma; kept here like the CHECK constraints.
CREATE UNIQUE INDEX "Notification_unread_group_key" ON "Notification"("userId", "articleId", "kind", "actorId") WHERE "readAt" IS NULL;
CREATE INDEX "Notification_userId_updatedAt_idx" ON "Notification"("userId", "updatedAt");

-- Which notification kinds a member turned off (their own setting); empty = every kind on.
ALTER TABLE "Membership" ADD COLUMN "mutedNotificationKinds" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
