import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { notifyLive } from "./notify";
import { PRESENCE_TTL_MS } from "./presence-list";
import type { Actor } from "@/lib/auth/actor";

// A tab's heartbeat. Only a join (a new row) or swept-away stale rows change what others see, so only those notify;
// a tab that vanished without saying goodbye drops out when the listener's periodic presence check runs.
export async function recordPresence(actor: Actor, articleId: string, tabId: string, now = new Date()): Promise<void> {
  const article = await db.article.findFirst({ where: { id: articleId, orgId: actor.orgId }, select: { id: true } });
  if (!article) throw new AppError("NOT_FOUND", "common.articleNotFound");
  const key = { articleId, userId: actor.userId, tabId };
  let joined = false;
  const refreshed = await db.articlePresence.updateMany({ where: key, data: { lastSeenAt: now } });
  if (refreshed.count === 0) {
    try {
      await db.articlePresence.create({ data: { ...key, lastSeenAt: now } });
      joined = true;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // the same tab's other request won the race: it is there either way
    }
  }
  const swept = await db.articlePresence.deleteMany({
    where: { articleId, lastSeenAt: { lt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
  });
  if (joined || swept.count > 0) await notifyLive({ kind: "presence", articleId });
}

export async function removePresence(actor: Actor, articleId: string, tabId: string): Promise<void> {
  const removed = await db.articlePresence.deleteMany({
    where: { articleId, userId: actor.userId, tabId, article: { orgId: actor.orgId } },
  });
  if (removed.count > 0) await notifyLive({ kind: "presence", articleId });
}
