"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/viewer";
import { requestErrorRenderer, runAction } from "@/lib/run-action";
import { requestLocale } from "@/lib/members/request-locale";
import type { ActionResult } from "@/lib/errors";
import { approveClaim, publishArticle, requestChanges, submitForReview } from "./mutations";
import { loadPublicationPreview, type PublicationPreview } from "./publication-plan";
import { assignClaim, findAssigneeOptions, type AssigneeOptions } from "./assign";
import { text } from "@/lib/validation/text";
import { applyToClaims } from "./bulk";
import type { BulkOperation, BulkOutcome } from "./bulk-selection";
import { bulkAssignInput, bulkClaimsInput } from "./bulk-schema";
import { errorKey } from "@/lib/i18n/error-text";

const claimRef = z.object({ claimId: text().min(1).max(64), articleId: text().min(1).max(64) });
const publishInput = z.object({
  articleId: text().min(1).max(64),
  corrections: z.record(text().max(64), text().max(2000, errorKey("workflow.correctionNoteTooLong"))).default({}),
  // the plan the editor reviewed (loadPublicationPreviewAction); scripts that publish without a dialog leave it out
  stamp: text().max(64).optional(),
});
const articleRef = z.object({ articleId: text().min(1).max(64) });

export async function submitForReviewAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.submit");
    const { claimId, articleId } = claimRef.parse(input);
    await submitForReview(viewer, claimId);
    revalidatePath(`/articles/${articleId}`);
  });
}

export async function approveClaimAction(input: unknown): Promise<ActionResult<{ state: string }>> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.approve");
    const { claimId, articleId } = claimRef.parse(input);
    const result = await approveClaim(viewer, claimId);
    revalidatePath(`/articles/${articleId}`);
    return result;
  });
}

export async function requestChangesAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.approve");
    const { claimId, articleId } = claimRef.parse(input);
    await requestChanges(viewer, claimId);
    revalidatePath(`/articles/${articleId}`);
  });
}

export async function publishArticleAction(input: unknown): Promise<ActionResult<{ published: number }>> {
  return runAction(async () => {
    const viewer = await requirePermission("article.publish");
    const { articleId, corrections, stamp } = publishInput.parse(input);
    const result = await publishArticle(viewer, articleId, corrections, stamp);
    revalidatePath(`/articles/${articleId}`);
    revalidatePath("/r", "layout");
    return result;
  });
}

// Every change readers would see if the article were published now, for the editor to review before publishing.
export async function loadPublicationPreviewAction(input: unknown): Promise<ActionResult<PublicationPreview>> {
  return runAction(async () => {
    const viewer = await requirePermission("article.publish");
    return loadPublicationPreview(viewer.orgId, articleRef.parse(input).articleId, await requestLocale());
  });
}

const assignInput = z.object({
  claimId: text().min(1).max(64),
  assigneeId: text()
    .max(64)
    .nullish()
    .transform((v) => v || null),
});

export async function loadAssigneeOptionsAction(claimId: unknown): Promise<ActionResult<AssigneeOptions>> {
  return runAction(async () => {
    const viewer = await requirePermission("article.read");
    return findAssigneeOptions(viewer.orgId, assignInput.pick({ claimId: true }).parse({ claimId }).claimId);
  });
}

export async function assignClaimAction(
  input: unknown,
): Promise<ActionResult<{ assigneeId: string | null; assigneeName: string | null }>> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.assign");
    const { claimId, assigneeId } = assignInput.parse(input);
    return assignClaim(viewer, claimId, assigneeId);
  });
}

// Bulk actions (issue 17): one editorial step on many claims of one article, each claim checked and recorded as if
// it had been done alone (lib/workflow/bulk.ts). The result lists every claim's outcome.
type BulkResult = ActionResult<{ outcomes: BulkOutcome[] }>;

async function runBulk(operation: Exclude<BulkOperation, "assign">, input: unknown): Promise<BulkResult> {
  return runAction(async () => {
    const viewer = await requirePermission(operation === "submit" ? "claim.submit" : "claim.approve");
    const { articleId, claims } = bulkClaimsInput.parse(input);
    const result = await applyToClaims(viewer, articleId, operation, claims, null, await requestErrorRenderer());
    revalidatePath(`/articles/${articleId}`);
    return result;
  });
}

export async function bulkSubmitForReviewAction(input: unknown): Promise<BulkResult> {
  return runBulk("submit", input);
}

export async function bulkApproveClaimsAction(input: unknown): Promise<BulkResult> {
  return runBulk("approve", input);
}

export async function bulkRequestChangesAction(input: unknown): Promise<BulkResult> {
  return runBulk("request_changes", input);
}

export async function bulkAssignClaimsAction(input: unknown): Promise<BulkResult> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.assign");
    const { articleId, claims, assigneeId } = bulkAssignInput.parse(input);
    const result = await applyToClaims(viewer, articleId, "assign", claims, assigneeId, await requestErrorRenderer());
    revalidatePath(`/articles/${articleId}`);
    return result;
  });
}
