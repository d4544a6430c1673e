import "server-only";
import { describeRange } from "@/lib/anchoring/anchor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { claimRowSelect, toClaimView, type ClaimView } from "./view";
import { findEditableClaim, assertLockVersion } from "./guards";
import { touchArticle } from "@/lib/articles/touch-article";
import { reopenAfterReaderVisibleChange } from "@/lib/publishing/reopen";
import type { Actor } from "@/lib/auth/actor";

const newClaimSelect = {
  id: true,
  start: true,
  end: true,
  quote: true,
  state: true,
  needsReanchor: true,
  claimant: true,
  claimDate: true,
  claimContext: true,
  lockVersion: true,
  updatedAt: true,
} as const;

// The server recomputes quote and selectors from the stored version text: the client only says where.
export async function createClaim(
  actor: Actor,
  input: { articleId: string; versionId: string; start: number; end: number },
): Promise<ClaimView> {
  let touched = "";
  const result = await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, orgId: actor.orgId },
      select: { currentVersionId: true, currentVersion: { select: { text: true } } },
    });
    if (!article) throw new AppError("NOT_FOUND", "common.articleNotFound");
    const version = article.currentVersion;
    if (!version || article.currentVersionId !== input.versionId) throw new AppError("CONFLICT", "claims.textChanged");
    if (input.end > version.text.length) throw new AppError("INVALID", "claims.selectionPastEnd");
    const quote = version.text.slice(input.start, input.end);
    if (!quote.trim()) throw new AppError("INVALID", "claims.selectionBlank");
    // a new claim has no verdict, citations, assignee or publication yet: reading them back would be four more queries
    const created = await tx.claim.create({
      data: {
        orgId: actor.orgId,
        articleId: input.articleId,
        versionId: input.versionId,
        start: input.start,
        end: input.end,
        quote,
        selectors: describeRange(version.text, input.start, input.end),
        createdById: actor.userId,
      },
      select: newClaimSelect,
    });
    const claim = { ...created, verdict: null, citations: [], assignee: null, _count: { publications: 0 } };
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: input.articleId,
      action: "claim.created",
      after: { quote, start: input.start, end: input.end },
    });
    touched = input.articleId;
    return toClaimView(claim);
  });
  await touchArticle(touched); // after commit: no lock on the article row held for the whole transaction
  return result;
}

// Deleting is soft: the row stays (with its history) and "Undo" restores it.
export async function setClaimDeleted(actor: Actor, claimId: string, deleted: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: claimId, orgId: actor.orgId, deletedAt: deleted ? null : { not: null } },
      select: { id: true, articleId: true, quote: true, state: true, _count: { select: { publications: true } } },
    });
    if (!claim) throw new AppError("NOT_FOUND", deleted ? "claims.alreadyDeleted" : "claims.cannotRestore");
    // a claim readers have seen (even one changed since and back in review) stays: deleting it would pull a
    // published fact-check off the public page without an editor
    if (deleted && (claim.state === "PUBLISHED" || claim.state === "CORRECTED" || claim._count.publications > 0)) {
      throw new AppError("CONFLICT", "claims.publishedNoDelete");
    }
    await tx.claim.update({
      where: { id: claimId },
      data: { deletedAt: deleted ? new Date() : null, lockVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "claim",
      entityId: claimId,
      claimId,
      articleId: claim.articleId,
      action: deleted ? "claim.deleted" : "claim.restored",
      before: { quote: claim.quote },
    });
  });
}

// A reviewer points a claim (usually one flagged after an edit) at new words of the current version.
export async function reattachClaim(
  actor: Actor,
  input: { claimId: string; lockVersion: number; start: number; end: number },
): Promise<ClaimView> {
  return db.$transaction(async (tx) => {
    const claim = await findEditableClaim(tx, actor.orgId, input.claimId);
    await assertLockVersion(tx, claim, input.lockVersion);
    const article = await tx.article.findUniqueOrThrow({
      where: { id: claim.articleId },
      select: { currentVersion: { select: { id: true, text: true } } },
    });
    const version = article.currentVersion!;
    if (input.end > version.text.length) throw new AppError("INVALID", "claims.selectionPastEnd");
    const quote = version.text.slice(input.start, input.end);
    if (!quote.trim()) throw new AppError("INVALID", "claims.selectionBlank");
    // compare-and-set: a save or another re-attachment since the read wins, and this one is refused
    const moved = await tx.claim.updateMany({
      where: { id: claim.id, lockVersion: input.lockVersion, deletedAt: null },
      data: {
        versionId: version.id,
        start: input.start,
        end: input.end,
        quote,
        selectors: describeRange(version.text, input.start, input.end),
        needsReanchor: false,
        lockVersion: { increment: 1 },
      },
    });
    if (moved.count === 0) await assertLockVersion(tx, { id: claim.id, lockVersion: -1 }, input.lockVersion);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: claim.articleId,
      action: "claim.reattached",
      before: { quote: claim.quote, start: claim.start, end: claim.end },
      after: { quote, start: input.start, end: input.end },
    });
    // the verdict now applies to other words (or the same words elsewhere): an editor approves that again, and
    // readers keep the published snapshot until then (the state is read under the row lock the update took)
    const locked = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { state: true } });
    await reopenAfterReaderVisibleChange(
      tx,
      actor,
      { id: claim.id, articleId: claim.articleId, state: locked.state },
      "re-attached to other words",
    );
    return toClaimView(await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimRowSelect }));
  });
}
