import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { buildPublicationSnapshot } from "@/lib/publishing/build-snapshot";
import { notifyClaimParticipants } from "@/lib/notifications/mutations";
import { checkApprove, checkRequestChanges, checkSubmit, stateAfterApproval, stateOnPublish } from "./transitions";
import type { Actor } from "@/lib/auth/actor";

async function loadClaim(tx: Tx, orgId: string, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, orgId, deletedAt: null },
    select: { id: true, articleId: true, state: true, lockVersion: true, needsReanchor: true, verdict: { select: { authorId: true } }, org: { select: { requiredApprovals: true } } },
  });
  if (!claim) throw new AppError("NOT_FOUND", "This claim no longer exists or belongs to another organization.");
  return claim;
}

async function changeState(tx: Tx, actor: Actor, claim: { id: string; articleId: string; state: string }, state: "DRAFT" | "IN_REVIEW" | "APPROVED", extra: Record<string, string> = {}) {
  await tx.claim.update({ where: { id: claim.id }, data: { state } });
  await recordAudit(tx, { orgId: actor.orgId, actorId: actor.userId, entityType: "claim", entityId: claim.id, claimId: claim.id, articleId: claim.articleId, action: "claim.state_changed", before: { state: claim.state }, after: { state, ...extra } });
}

export async function submitForReview(actor: Actor, claimId: string) {
  await db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.orgId, claimId);
    const refusal = checkSubmit({ state: claim.state as never, hasVerdict: !!claim.verdict, needsReanchor: claim.needsReanchor });
    if (refusal) throw new AppError("CONFLICT", refusal);
    await changeState(tx, actor, claim, "IN_REVIEW");
  });
}

export async function approveClaim(actor: Actor, claimId: string): Promise<{ state: string }> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.orgId, claimId);
    const mine = await tx.approval.findUnique({ where: { claimId_userId_lockVersion: { claimId, userId: actor.userId, lockVersion: claim.lockVersion } } });
    const refusal = checkApprove({ state: claim.state as never, verdictAuthorId: claim.verdict?.authorId ?? null }, actor.userId, !!mine);
    if (refusal) throw new AppError(refusal.includes("someone else") ? "FORBIDDEN" : "CONFLICT", refusal);
    await tx.approval.create({ data: { claimId, userId: actor.userId, lockVersion: claim.lockVersion } });
    const count = await tx.approval.count({ where: { claimId, lockVersion: claim.lockVersion } });
    const state = stateAfterApproval(count, claim.org.requiredApprovals);
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.userId, entityType: "claim", entityId: claimId, claimId, articleId: claim.articleId, action: "claim.approved", after: { approvals: count, required: claim.org.requiredApprovals } });
    await notifyClaimParticipants(tx, actor, claimId, "approval");
    if (state !== claim.state) await changeState(tx, actor, claim, state as "APPROVED");
    return { state };
  });
}

export async function requestChanges(actor: Actor, claimId: string) {
  await db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.orgId, claimId);
    const refusal = checkRequestChanges({ state: claim.state as never });
    if (refusal) throw new AppError("CONFLICT", refusal);
    await changeState(tx, actor, claim, "DRAFT", { reason: "changes requested" });
    await notifyClaimParticipants(tx, actor, claimId, "changes_requested");
  });
}

const publishSelect = {
  id: true, articleId: true, versionId: true, state: true, quote: true, selectors: true, start: true, end: true, claimant: true, claimDate: true, claimContext: true, lockVersion: true, needsReanchor: true,
  createdBy: { select: { name: true } }, assignee: { select: { name: true } },
  verdict: { select: { rationale: true, author: { select: { name: true } }, option: { select: { label: true, description: true, colour: true, value: true, scale: { select: { options: { select: { value: true } } } } } } } },
  citations: { where: { deletedAt: null }, orderBy: { position: "asc" as const }, select: { kind: true, quote: true, sourceTitle: true, publisher: true, url: true, accessedAt: true, saidAt: true, saidWhere: true, expert: { select: { name: true, title: true, affiliation: true, profileUrl: true } } } },
  approvals: { select: { lockVersion: true, user: { select: { name: true } } } },
  _count: { select: { publications: true } },
} as const;

// Publishing freezes each approved claim into a snapshot readers see; a claim published before becomes a
// correction and needs a note saying what changed and why.
export async function publishArticle(actor: Actor, articleId: string, corrections: Record<string, string>) {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, orgId: actor.orgId }, select: { id: true, currentVersionId: true } });
    if (!article?.currentVersionId) throw new AppError("NOT_FOUND", "This article does not exist or belongs to another organization.");
    const claims = await tx.claim.findMany({ where: { articleId, deletedAt: null, needsReanchor: false, state: { in: ["APPROVED", "PUBLISHED", "CORRECTED"] } }, select: publishSelect });
    const now = new Date();
    let published = 0;
    for (const claim of claims) {
      const republishing = claim._count.publications > 0;
      const isApproved = claim.state === "APPROVED";
      if (!isApproved && claim.versionId !== article.currentVersionId) continue; // only a live claim on an older version
      if (!isApproved) {
        const last = await tx.claimPublication.findFirst({ where: { claimId: claim.id }, orderBy: { publishedAt: "desc" }, select: { snapshot: true } });
        if ((last?.snapshot as { versionId?: string } | null)?.versionId === article.currentVersionId) continue;
      }
      const note = corrections[claim.id]?.trim();
      if (isApproved && republishing && !note) throw new AppError("INVALID", `Write a correction note for “${claim.quote.slice(0, 60)}”: readers see what changed and why.`, { field: `corrections.${claim.id}` });
      if (claim.versionId !== article.currentVersionId) throw new AppError("CONFLICT", "A claim is anchored on an older version of the text; re-attach it first.");
      const snapshot = buildPublicationSnapshot({
        ...claim, verdict: claim.verdict, scaleValues: claim.verdict?.option.scale.options.map((o) => o.value) ?? [],
        reviewers: [claim.verdict?.author.name, claim.createdBy.name, claim.assignee?.name].filter((n): n is string => !!n),
        approvers: claim.approvals.filter((a) => a.lockVersion === claim.lockVersion).map((a) => a.user.name),
        citations: claim.citations,
      });
      await tx.claimPublication.create({ data: { claimId: claim.id, snapshot, correctionNote: isApproved && republishing ? note : null, publishedAt: now } });
      if (isApproved) {
        const state = stateOnPublish(republishing);
        await tx.claim.update({ where: { id: claim.id }, data: { state, publishedAt: now } });
        await recordAudit(tx, { orgId: actor.orgId, actorId: actor.userId, entityType: "claim", entityId: claim.id, claimId: claim.id, articleId, action: "claim.published", before: { state: claim.state }, after: { state, correctionNote: note ?? null } });
        await notifyClaimParticipants(tx, actor, claim.id, "published");
      }
      published++;
    }
    await tx.article.update({ where: { id: articleId }, data: { status: "PUBLISHED", publishedVersionId: article.currentVersionId, publishedAt: now } });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.userId, entityType: "article", entityId: articleId, articleId, action: "article.published", after: { claims: published } });
    return { published };
  }, { timeout: 30_000 });
}
