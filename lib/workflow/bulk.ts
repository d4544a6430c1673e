import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation, type RenderError } from "@/lib/errors";
import { englishError } from "@/lib/i18n/error-text";
import type { Actor } from "@/lib/auth/actor";
import { approveClaim, requestChanges, submitForReview } from "./mutations";
import { assignClaim } from "./assign";
import type { BulkOperation, BulkOutcome } from "./bulk-selection";

export type BulkItem = { claimId: string; lockVersion: number };

// One editorial step on many claims of one article. Each claim goes through the same single-claim mutation (its own
// short transaction, its own audit row, the same rules: no self-approval, lockVersion, state transitions), so one
// refusal never undoes the others; the result says which claims were refused and why. The article is looked up in
// the actor's organization first: another organization's article is NOT_FOUND, whatever claim ids come with it.
export async function applyToClaims(
  actor: Actor,
  articleId: string,
  operation: BulkOperation,
  items: readonly BulkItem[],
  assigneeId: string | null = null,
  /** How refusals are worded: English by default; the bulk actions pass the member's language. */
  render: RenderError = englishError,
): Promise<{ outcomes: BulkOutcome[] }> {
  const article = await db.article.findFirst({ where: { id: articleId, orgId: actor.orgId }, select: { id: true } });
  if (!article) throw new AppError("NOT_FOUND", "common.articleNotFound");
  if (operation === "assign" && assigneeId) {
    const member = await db.membership.findFirst({
      where: { userId: assigneeId, orgId: actor.orgId, deactivatedAt: null },
      select: { userId: true },
    });
    if (!member)
      throw new AppError("INVALID", "workflow.assigneeNotMember", {
        field: "assigneeId",
      });
  }
  const unique = [...new Map(items.map((i) => [i.claimId, i])).values()];
  const here = await db.claim.findMany({
    where: { id: { in: unique.map((i) => i.claimId) }, articleId, orgId: actor.orgId, deletedAt: null },
    select: { id: true },
  });
  const inArticle = new Set(here.map((c) => c.id));
  const outcomes: BulkOutcome[] = [];
  for (const item of unique) {
    if (!inArticle.has(item.claimId)) {
      outcomes.push({ claimId: item.claimId, ok: false, reason: render("workflow.notInArticle") });
      continue;
    }
    try {
      if (operation === "submit") await submitForReview(actor, item.claimId, item.lockVersion);
      else if (operation === "approve") await approveClaim(actor, item.claimId, item.lockVersion);
      else if (operation === "request_changes") await requestChanges(actor, item.claimId, item.lockVersion);
      else await assignClaim(actor, item.claimId, assigneeId);
      outcomes.push({ claimId: item.claimId, ok: true });
    } catch (e) {
      // a refusal (or a colleague's simultaneous approval: the unique key on approvals) is this claim's outcome;
      // anything else (the database went away) stops the batch, and what was done stays done
      if (e instanceof AppError && e.code !== "UNAVAILABLE")
        outcomes.push({ claimId: item.claimId, ok: false, reason: e.key ? render(e.key, e.values) : e.message });
      else if (isUniqueViolation(e))
        outcomes.push({ claimId: item.claimId, ok: false, reason: render("workflow.alreadyApprovedClaim") });
      else throw e;
    }
  }
  return { outcomes };
}
