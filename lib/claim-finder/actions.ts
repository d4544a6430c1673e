"use server";
import { revalidatePath } from "next/cache";
import { fetchPublicDocument } from "@/lib/articles/intake/fetch-article";
import { IntakeError } from "@/lib/articles/intake/errors";
import { requirePermission } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { AppError, type ActionResult } from "@/lib/errors";
import { runAction } from "@/lib/run-action";
import { text } from "@/lib/validation/text";
import { dismissSuggestion } from "./mutations";
import { dismissSuggestionSchema, similarChecksSchema } from "./schema";
import { findSimilarChecks, type SimilarCheck } from "./similar";
import {
  ClaimReviewImportError,
  MAX_CLAIM_REVIEW_FILE_BYTES,
  parseClaimReviews,
  type ClaimReviewParse,
} from "./claim-review-import";
import { saveExternalReviews, type ExternalImportOutcome } from "./external-reviews";
import { errorText } from "@/lib/i18n/error-text";

// Anyone who may add claims may dismiss a suggestion (it only hides a hint in the desk; readers never see either).
export async function dismissSuggestionAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.create");
    await dismissSuggestion(viewer, dismissSuggestionSchema.parse(input));
  });
}

// Read-only: what this organization (and the fact-checkers it imported) already published about a claim like this one.
export async function findSimilarChecksAction(input: unknown): Promise<ActionResult<SimilarCheck[]>> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.create");
    return findSimilarChecks(viewer.orgId, similarChecksSchema.parse(input).claimId);
  });
}

const MAX_FEED_PAGES = 20;

async function readClaimReviewUpload(formData: FormData): Promise<{ parsed: ClaimReviewParse; source: string }> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0)
    throw new AppError("INVALID", "claimFinder.fileOrFeed", { field: "file" });
  if (file.size > MAX_CLAIM_REVIEW_FILE_BYTES)
    throw new AppError(
      "INVALID",
      errorText("intake.fileTooBig", {
        size: (file.size / 1024 / 1024).toFixed(1),
        limit: MAX_CLAIM_REVIEW_FILE_BYTES / 1024 / 1024,
      }),
      { field: "file" },
    );
  return { parsed: parseClaimReviews(await file.text()), source: `file:${file.name.slice(0, 200)}` };
}

/** A feed and the pages after it (hydra:next), each through the same guard as URL imports of articles. */
async function readClaimReviewFeed(url: string): Promise<{ parsed: ClaimReviewParse; source: string }> {
  const allowPrivate = getEnv().ALLOW_PRIVATE_URL_IMPORT;
  const reviews: ClaimReviewParse["reviews"] = [];
  const skipped: ClaimReviewParse["skipped"] = [];
  const seen = new Set<string>();
  let next: string | null = url;
  for (let page = 0; next && page < MAX_FEED_PAGES && !seen.has(next); page++) {
    seen.add(next);
    const { bytes } = await fetchPublicDocument(next, {
      allowPrivate,
      maxBytes: MAX_CLAIM_REVIEW_FILE_BYTES,
      acceptedTypes: ["application/ld+json", "application/json"],
      headers: {
        accept: "application/ld+json, application/json;q=0.9",
        "user-agent": "FactDesk-ClaimReviewImport/1.0",
      },
    });
    const parsed = parseClaimReviews(new TextDecoder("utf-8", { fatal: false }).decode(bytes));
    reviews.push(...parsed.reviews);
    skipped.push(...parsed.skipped);
    next = parsed.nextPage;
  }
  return { parsed: { reviews, skipped, nextPage: null }, source: url };
}

export type ExternalImportResult = ExternalImportOutcome & { firstSkipReason: string | null };

// Admins bring in other fact-checkers' ClaimReview (a file, or a feed address): validated, stored as external reviews.
export async function importExternalReviewsAction(
  _prev: ActionResult<ExternalImportResult> | null,
  formData: FormData,
): Promise<ActionResult<ExternalImportResult>> {
  return runAction(async () => {
    const viewer = await requirePermission("settings.manage");
    const url = text(undefined, "feedAddress")
      .trim()
      .max(2000)
      .parse(formData.get("url") ?? "");
    let read;
    try {
      read = url ? await readClaimReviewFeed(url) : await readClaimReviewUpload(formData);
    } catch (e) {
      if (e instanceof ClaimReviewImportError || e instanceof IntakeError)
        throw new AppError("INVALID", e.text, { field: url ? "url" : "file" });
      throw e;
    }
    if (read.parsed.reviews.length === 0) {
      throw new AppError(
        "INVALID",
        errorText("claimFinder.nothingImported", { reason: read.parsed.skipped[0]?.reason ?? "missing" }),
        { field: url ? "url" : "file" },
      );
    }
    const outcome = await saveExternalReviews(viewer, read.parsed.reviews, read.source, read.parsed.skipped.length);
    revalidatePath("/settings/external-reviews");
    return { ...outcome, firstSkipReason: read.parsed.skipped[0]?.reason ?? null };
  });
}
