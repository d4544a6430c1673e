import "server-only";
import { db } from "@/lib/db";
import { can, type Role } from "@/lib/auth/permissions";
import { claimHref } from "@/lib/notifications/data";
import { excerpt } from "@/lib/notifications/messages";
import type { ClaimView } from "@/lib/claims/view";

export type WorkItem = {
  key: string;
  claimId: string;
  href: string;
  quote: string;
  articleTitle: string;
  state: ClaimView["state"];
  detail: string | null;
  since: string;
};
export type MyWork = {
  canApprove: boolean;
  assigned: WorkItem[];
  awaitingApproval: WorkItem[];
  mentioned: WorkItem[];
  inReview: WorkItem[];
};

// A dashboard, not an archive: each list shows the first ones and says how to find the rest.
export const WORK_LIMIT = 50;

const claimSelect = {
  id: true,
  quote: true,
  state: true,
  articleId: true,
  lockVersion: true,
  createdAt: true,
  updatedAt: true,
  article: { select: { title: true } },
  verdict: { select: { authorId: true, author: { select: { name: true } } } },
} as const;

type ClaimRow = { id: string; quote: string; state: ClaimView["state"]; articleId: string; article: { title: string } };
const toItem = (c: ClaimRow, since: Date, detail: string | null, key = c.id): WorkItem => ({
  key,
  claimId: c.id,
  href: claimHref(c.articleId, c.id)!,
  quote: c.quote,
  articleTitle: c.article.title,
  state: c.state,
  detail,
  since: since.toISOString(),
});

async function findInReview(orgId: string, userId: string) {
  return db.claim.findMany({
    where: { orgId, deletedAt: null, state: "IN_REVIEW" },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: WORK_LIMIT * 4,
    select: {
      ...claimSelect,
      approvals: { where: { userId }, select: { lockVersion: true } },
      // the last state change is when it entered review (seeded and imported claims have none: their creation)
      auditEvents: {
        where: { action: "claim.state_changed" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true },
      },
    },
  });
}

// Unresolved threads where a comment mentioned the viewer; the audit row of each comment says whom it mentioned.
async function findMentions(orgId: string, userId: string): Promise<WorkItem[]> {
  const events = await db.auditEvent.findMany({
    where: { orgId, action: "comment.created", after: { path: ["mentionedUserIds"], array_contains: [userId] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: WORK_LIMIT * 4,
    select: { entityId: true, createdAt: true, actor: { select: { name: true } } },
  });
  const comments = await db.comment.findMany({
    where: { id: { in: events.map((e) => e.entityId) }, deletedAt: null, claim: { orgId, deletedAt: null } },
    select: {
      id: true,
      parentId: true,
      body: true,
      resolvedAt: true,
      parent: { select: { resolvedAt: true, deletedAt: true } },
      claim: { select: claimSelect },
    },
  });
  const byId = new Map(comments.map((c) => [c.id, c]));
  const items = new Map<string, WorkItem>();
  for (const e of events) {
    const c = byId.get(e.entityId);
    if (!c) continue;
    const threadId = c.parentId ?? c.id;
    const resolved = c.parent ? c.parent.resolvedAt !== null : c.resolvedAt !== null;
    if (resolved || items.has(threadId)) continue; // newest mention per thread
    items.set(
      threadId,
      toItem(c.claim, e.createdAt, `${e.actor?.name ?? "A colleague"}: “${excerpt(c.body, 120)}”`, threadId),
    );
  }
  return [...items.values()].slice(0, WORK_LIMIT);
}

export async function loadMyWork(viewer: { userId: string; orgId: string; role: Role }): Promise<MyWork> {
  const { userId, orgId } = viewer;
  const canApprove = can(viewer.role, "claim.approve");
  const [assigned, inReview, mentioned] = await Promise.all([
    db.claim.findMany({
      where: { orgId, deletedAt: null, assigneeId: userId, state: { notIn: ["PUBLISHED", "CORRECTED"] } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: WORK_LIMIT,
      select: claimSelect,
    }),
    canApprove ? findInReview(orgId, userId) : Promise.resolve([]),
    findMentions(orgId, userId),
  ]);
  const inReviewItems = inReview
    .map((c) => ({
      claim: c,
      item: toItem(
        c,
        c.auditEvents[0]?.createdAt ?? c.createdAt,
        c.verdict ? `Verdict by ${c.verdict.author.name}` : "No verdict yet",
      ),
    }))
    .sort((x, y) => x.item.since.localeCompare(y.item.since)); // longest waiting first
  return {
    canApprove,
    assigned: assigned.map((c) => toItem(c, c.updatedAt, null)),
    // an approval counts only for the version it was given on: a claim edited since needs my approval again
    awaitingApproval: inReviewItems
      .filter(
        ({ claim: c }) =>
          c.verdict && c.verdict.authorId !== userId && !c.approvals.some((a) => a.lockVersion === c.lockVersion),
      )
      .slice(0, WORK_LIMIT)
      .map((x) => x.item),
    mentioned,
    inReview: inReviewItems.slice(0, WORK_LIMIT).map((x) => x.item),
  };
}
