import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { notifyClaimParticipants } from "@/lib/notifications/mutations";
import { checkApprove, checkRequestChanges, checkSubmit, stateAfterApproval, stateOnPublish } from "./transitions";
import { readPublicationPlan } from "./publication-plan";
import { findChangeAuthorsSincePublication } from "@/lib/publishing/reopen";
import type { Actor } from "@/lib/auth/actor";
import { errorText } from "@/lib/i18n/error-text";

// expectedLockVersion: the version the member saw when they chose the claim (bulk actions send it for each claim);
// a claim a colleague edited since then is refused, not decided on unseen words.
async function loadClaim(tx: Tx, orgId: string, claimId: string, expectedLockVersion?: number) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, orgId, deletedAt: null },
    select: {
      id: true,
      articleId: true,
      state: true,
      lockVersion: true,
      needsReanchor: true,
      verdict: { select: { authorId: true } },
      org: { select: { requiredApprovals: true } },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "common.claimGone");
  if (expectedLockVersion !== undefined && claim.lockVersion !== expectedLockVersion)
    throw new AppError("CONFLICT", "workflow.changedSinceSelected");
  return claim;
}

// Compare-and-set on the state and lockVersion the decision was made on: an approval never lands on a claim a
// colleague edited (and sent back to review) a moment earlier.
async function changeState(
  tx: Tx,
  actor: Actor,
  claim: { id: string; articleId: string; state: string; lockVersion: number },
  state: "DRAFT" | "IN_REVIEW" | "APPROVED",
  extra: Record<string, string> = {},
) {
  const { count } = await tx.claim.updateMany({
    where: { id: claim.id, state: claim.state as never, lockVersion: claim.lockVersion, deletedAt: null },
    data: { state },
  });
  if (count === 0) throw new AppError("CONFLICT", "workflow.changedJustNow");
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorId: actor.userId,
    entityType: "claim",
    entityId: claim.id,
    claimId: claim.id,
    articleId: claim.articleId,
    action: "claim.state_changed",
    before: { state: claim.state },
    after: { state, ...extra },
  });
}

export async function submitForReview(actor: Actor, claimId: string, expectedLockVersion?: number) {
  await db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.orgId, claimId, expectedLockVersion);
    const refusal = checkSubmit({
      state: claim.state as never,
      hasVerdict: !!claim.verdict,
      needsReanchor: claim.needsReanchor,
    });
    if (refusal) throw new AppError("CONFLICT", refusal);
    await changeState(tx, actor, claim, "IN_REVIEW");
  });
}

export async function approveClaim(
  actor: Actor,
  claimId: string,
  expectedLockVersion?: number,
): Promise<{ state: string }> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.orgId, claimId, expectedLockVersion);
    const mine = await tx.approval.findUnique({
      where: { claimId_userId_lockVersion: { claimId, userId: actor.userId, lockVersion: claim.lockVersion } },
    });
    const refusal = checkApprove(
      { state: claim.state as never, verdictAuthorId: claim.verdict?.authorId ?? null },
      actor.userId,
      !!mine,
    );
    if (refusal) throw new AppError(refusal === "workflow.ownVerdict" ? "FORBIDDEN" : "CONFLICT", refusal);
    if ((await findChangeAuthorsSincePublication(tx, claimId)).has(actor.userId)) {
      throw new AppError("FORBIDDEN", "workflow.ownChangeNeedsAnotherEditor");
    }
    await tx.approval.create({ data: { claimId, userId: actor.userId, lockVersion: claim.lockVersion } });
    const count = await tx.approval.count({ where: { claimId, lockVersion: claim.lockVersion } });
    const state = stateAfterApproval(count, claim.org.requiredApprovals);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "claim",
      entityId: claimId,
      claimId,
      articleId: claim.articleId,
      action: "claim.approved",
      after: { approvals: count, required: claim.org.requiredApprovals },
    });
    await notifyClaimParticipants(tx, actor, claimId, "approval");
    if (state !== claim.state) await changeState(tx, actor, claim, state as "APPROVED");
    return { state };
  });
}

export async function requestChanges(actor: Actor, claimId: string, expectedLockVersion?: number) {
  await db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.orgId, claimId, expectedLockVersion);
    const refusal = checkRequestChanges({ state: claim.state as never });
    if (refusal) throw new AppError("CONFLICT", refusal);
    await changeState(tx, actor, claim, "DRAFT", { reason: "changes requested" });
    await notifyClaimParticipants(tx, actor, claimId, "changes_requested");
  });
}

// Publishing carries out the plan the editor reviewed (lib/publishing/plan-publication.ts) in one transaction: new
// snapshots of approved claims, approved snapshots carried onto the new text, and the new text itself. Readers'
// one-query read (lib/reader/data.ts) sees either all of it or none of it. The article row is locked first, so two
// editors publishing at once run one after the other, and the claims' rows next, so a reviewer's save waits for the
// publication and then sends the claim back to review (lib/publishing/reopen.ts).
export async function publishArticle(
  actor: Actor,
  articleId: string,
  corrections: Record<string, string>,
  expectedStamp?: string,
) {
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT "id" FROM "Article" WHERE "id" = ${articleId} AND "orgId" = ${actor.orgId} FOR UPDATE`;
      if (locked.length === 0) throw new AppError("NOT_FOUND", "common.articleNotFound");
      await tx.$queryRaw`SELECT "id" FROM "Claim" WHERE "articleId" = ${articleId} ORDER BY "id" FOR UPDATE`;
      const plan = await readPublicationPlan(tx, actor.orgId, articleId);
      if (expectedStamp && expectedStamp !== plan.stamp) {
        throw new AppError("CONFLICT", "workflow.planChanged", { field: "stamp" });
      }
      for (const change of plan.changes) {
        if (change.kind === "correction" && change.noteRequired && !corrections[change.claimId]?.trim()) {
          const why = change.changes.some((c) => c.field === "verdict")
            ? "verdict"
            : change.changes.some((c) => c.field === "words")
              ? "words"
              : "seen";
          throw new AppError(
            "INVALID",
            errorText("workflow.correctionNoteNeeded", { quote: change.quote.slice(0, 60), why }),
            { field: `corrections.${change.claimId}` },
          );
        }
      }
      const now = new Date();
      let published = 0;
      for (const change of plan.changes) {
        if (change.kind === "held" || change.kind === "withdrawn") continue;
        const note = change.kind === "correction" ? corrections[change.claimId]?.trim() || null : null;
        if (change.kind !== "confirmed") {
          await tx.claimPublication.create({
            data: { claimId: change.claimId, snapshot: change.snapshot, correctionNote: note, publishedAt: now },
          });
          published++;
        }
        if (change.kind === "moved" && !change.approved) continue; // carried onto the new text: the claim's own state is untouched
        // approved claims go live: a claim with a correction on record stays "Corrected"
        const corrected =
          !!note ||
          (change.kind !== "new" &&
            (await tx.claimPublication.count({ where: { claimId: change.claimId, correctionNote: { not: null } } })) >
              0);
        const state = stateOnPublish(corrected);
        await tx.claim.update({ where: { id: change.claimId }, data: { state, publishedAt: now } });
        await recordAudit(tx, {
          orgId: actor.orgId,
          actorId: actor.userId,
          entityType: "claim",
          entityId: change.claimId,
          claimId: change.claimId,
          articleId,
          action: "claim.published",
          before: { state: "APPROVED" },
          after: { state, correctionNote: note },
        });
        await notifyClaimParticipants(tx, actor, change.claimId, "published");
      }
      await tx.article.update({
        where: { id: articleId },
        data: {
          status: "PUBLISHED",
          publishedVersionId: plan.currentVersionId,
          publishedMeta: plan.meta,
          publishedAt: now,
        },
      });
      const withdrawn = plan.changes.filter((c) => c.kind === "withdrawn").map((c) => c.claimId);
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        entityType: "article",
        entityId: articleId,
        articleId,
        action: "article.published",
        after: { claims: published, version: plan.currentVersionId, withdrawn },
      });
      return { published };
    },
    { timeout: 30_000 },
  );
}
