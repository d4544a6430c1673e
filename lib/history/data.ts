import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatClaimHistory, type HistoryEntry } from "./format";
import type { InterfaceLocale } from "@/lib/i18n/locales";

// Enough for any real claim; the oldest events beyond it are left out rather than loading without bound.
const MAX_EVENTS = 200;

/** The claim's own audit trail, newest first, in words (the given language's). Discussion events are left out: the discussion shows them. */
export async function findClaimHistory(
  orgId: string,
  claimId: string,
  locale: InterfaceLocale = "en",
): Promise<HistoryEntry[]> {
  const claim = await db.claim.findFirst({ where: { id: claimId, orgId }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "common.claimNotFound");
  const events = await db.auditEvent.findMany({
    where: { claimId: claim.id, orgId, entityType: "claim" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_EVENTS,
    select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
  });
  return formatClaimHistory(
    events.map((e) => ({
      id: e.id,
      action: e.action,
      actorName: e.actor?.name ?? null,
      createdAt: e.createdAt,
      before: e.before,
      after: e.after,
    })),
    locale,
  );
}
