import "server-only";
import { db } from "@/lib/db";
import { toChangeEvent, type ChangeEvent } from "./change-event";
import { PRESENCE_TTL_MS, type PresenceRow } from "./presence-list";

// Reads behind the live stream. The article's organization is checked once, when a stream opens
// (findArticleForViewer); these reads are keyed by article id because the listener shares them between viewers.
const changeSelect = {
  id: true,
  action: true,
  claimId: true,
  actorId: true,
  createdAt: true,
  actor: { select: { name: true } },
} as const;

export type TimedChange = ChangeEvent & { createdAt: Date };
const timed = (row: Parameters<typeof toChangeEvent>[0]): TimedChange => ({
  ...toChangeEvent(row),
  createdAt: row.createdAt,
});

export async function findArticleForViewer(orgId: string, articleId: string): Promise<boolean> {
  return (await db.article.count({ where: { id: articleId, orgId } })) > 0;
}

export async function isStillMember(userId: string, orgId: string): Promise<boolean> {
  return (await db.membership.count({ where: { userId, orgId } })) > 0;
}

export async function findChangesByIds(articleId: string, ids: string[]): Promise<TimedChange[]> {
  const rows = await db.auditEvent.findMany({
    where: { articleId, id: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: changeSelect,
  });
  return rows.map(timed);
}

// The newest `take` rows created after `after` (all rows when null), oldest first.
export async function findRecentChanges(articleId: string, after: Date | null, take: number): Promise<TimedChange[]> {
  const rows = await db.auditEvent.findMany({
    where: { articleId, ...(after ? { createdAt: { gt: after } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: changeSelect,
  });
  return rows.reverse().map(timed);
}

// For a reconnecting EventSource (Last-Event-ID): what happened after that event, at most `cap` rows (the newest).
export async function findChangesAfter(
  orgId: string,
  articleId: string,
  lastEventId: string,
  cap: number,
): Promise<TimedChange[]> {
  const last = await db.auditEvent.findFirst({
    where: { id: lastEventId, articleId, orgId },
    select: { createdAt: true },
  });
  if (!last) return [];
  const rows = await db.auditEvent.findMany({
    where: {
      articleId,
      orgId,
      OR: [{ createdAt: { gt: last.createdAt } }, { createdAt: last.createdAt, id: { gt: lastEventId } }],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: cap,
    select: changeSelect,
  });
  return rows.reverse().map(timed);
}

export async function findPresence(articleId: string, now: Date): Promise<PresenceRow[]> {
  const rows = await db.articlePresence.findMany({
    where: { articleId, lastSeenAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    orderBy: { lastSeenAt: "asc" },
    select: { userId: true, tabId: true, lastSeenAt: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ userId: r.userId, tabId: r.tabId, lastSeenAt: r.lastSeenAt, name: r.user.name }));
}
