// Reads what the load run left in the database: the claims, comments, audit rows and mention notifications that
// the load reviewers wrote (the setup's own claims belong to another account and are left out).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { tokenIn, type DatabaseState } from "./verify-writes";

export async function readDatabaseState(
  db: PrismaClient,
  orgId: string,
  reviewerIds: string[],
): Promise<DatabaseState> {
  const claims = await db.claim.findMany({
    where: { orgId, createdById: { in: reviewerIds } },
    select: {
      id: true,
      articleId: true,
      start: true,
      end: true,
      claimant: true,
      verdict: { select: { rationale: true } },
      citations: { where: { deletedAt: null }, select: { sourceTitle: true } },
    },
  });
  const auditRows = await db.auditEvent.findMany({
    where: {
      orgId,
      actorId: { in: reviewerIds },
      action: { in: ["claim.created", "claim.updated", "comment.created"] },
    },
    select: { action: true, entityId: true, after: true },
  });
  const comments = await db.comment.findMany({
    where: { claim: { orgId }, authorId: { in: reviewerIds } },
    select: { id: true, body: true },
  });
  const notifications = await db.notification.findMany({
    where: { orgId, kind: "mention", actorId: { in: reviewerIds } },
    select: { userId: true, actorId: true, count: true },
  });
  return {
    claims: claims.map((c) => ({
      id: c.id,
      articleId: c.articleId,
      start: c.start,
      end: c.end,
      claimant: c.claimant,
      rationale: c.verdict?.rationale ?? null,
      citationTitles: c.citations.map((x) => x.sourceTitle ?? ""),
    })),
    auditEvents: auditRows.map((e) => {
      const after = (e.after ?? {}) as { rationale?: string; body?: string };
      return { action: e.action, entityId: e.entityId, token: tokenIn(after.rationale ?? after.body ?? null) };
    }),
    comments,
    mentionNotifications: notifications.map((n) => ({ userId: n.userId, actorId: n.actorId ?? "", count: n.count })),
  };
}
