import "server-only";
import { describeRange } from "@/lib/anchoring/anchor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CREATED_VIA_API } from "./data";
import { touchArticle } from "@/lib/articles/touch-article";

// Writes that arrive through the annotation API. The token is the actor: audit rows carry no user (actorId null)
// and say which token; comments need an author, so they are written in the name of the member who created the
// token. Nothing here can publish: new claims are drafts, and replacements become comments for reviewers.

export type ApiActor = { orgId: string; tokenId: string; tokenName: string; tokenCreatorId: string };

const provenance = (actor: ApiActor) => ({ via: "api", tokenId: actor.tokenId, tokenName: actor.tokenName });

/** Like createClaim, for an annotation the server has anchored in the current version (checked again here). */
export async function createAnnotationClaim(
  actor: ApiActor,
  input: {
    articleId: string;
    versionId: string;
    start: number;
    end: number;
    comment: string | null;
    annotationId: string | null;
  },
) {
  let touched = "";
  const result = await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, orgId: actor.orgId },
      select: { currentVersionId: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "common.articleNotFound");
    if (article.currentVersionId !== input.versionId) throw new AppError("CONFLICT", "annotations.textChanged");
    const version = await tx.articleVersion.findUniqueOrThrow({
      where: { id: input.versionId },
      select: { text: true },
    });
    if (input.start < 0 || input.end > version.text.length || input.start >= input.end)
      throw new AppError("INVALID", "annotations.rangeOutside");
    const quote = version.text.slice(input.start, input.end);
    const claim = await tx.claim.create({
      data: {
        orgId: actor.orgId,
        articleId: input.articleId,
        versionId: input.versionId,
        start: input.start,
        end: input.end,
        quote,
        state: "DRAFT",
        selectors: describeRange(version.text, input.start, input.end),
        createdById: actor.tokenCreatorId,
      },
      select: { id: true, lockVersion: true, createdAt: true, updatedAt: true },
    });
    if (input.comment)
      await tx.comment.create({ data: { claimId: claim.id, authorId: actor.tokenCreatorId, body: input.comment } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: null,
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: input.articleId,
      action: "claim.created",
      after: {
        ...provenance(actor),
        quote,
        start: input.start,
        end: input.end,
        ...(input.annotationId ? { annotationId: input.annotationId } : {}),
      },
    });
    touched = input.articleId;
    return { ...claim, text: version.text };
  });
  await touchArticle(touched); // after commit: no lock on the article row held for the whole transaction
  return result;
}

/** A PUT never rewrites a claim: the proposed replacement waits as a comment until a reviewer acts on it. */
export async function proposeAnnotationReplacement(
  actor: ApiActor,
  input: { articleId: string; claimId: string; comment: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, articleId: input.articleId, orgId: actor.orgId, deletedAt: null },
      select: { id: true },
    });
    if (!claim) throw new AppError("NOT_FOUND", "annotations.notFound");
    const comment = await tx.comment.create({
      data: { claimId: claim.id, authorId: actor.tokenCreatorId, body: input.comment },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: null,
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: input.articleId,
      action: "claim.replacement_proposed",
      after: { ...provenance(actor), commentId: comment.id },
    });
  });
}

/** Withdraws a draft the API created, while no one has started on it (soft delete, as in the desk). */
export async function deleteApiDraftClaim(
  actor: ApiActor,
  input: { articleId: string; claimId: string; lockVersion: number },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, articleId: input.articleId, orgId: actor.orgId, deletedAt: null, ...CREATED_VIA_API },
      select: { id: true, quote: true, state: true, _count: { select: { publications: true } } },
    });
    if (!claim) throw new AppError("NOT_FOUND", "annotations.notFound");
    if (claim.state !== "DRAFT" || claim._count.publications > 0) {
      throw new AppError("CONFLICT", "annotations.underReview");
    }
    // The lock version guards the race between the If-Match check and this write.
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, lockVersion: input.lockVersion, deletedAt: null },
      data: { deletedAt: new Date(), lockVersion: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "annotations.changedMeanwhile");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: null,
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: input.articleId,
      action: "claim.deleted",
      before: { quote: claim.quote },
      after: provenance(actor),
    });
  });
}
