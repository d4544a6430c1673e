import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findScaleForOrg } from "@/lib/claims/data";
import type { ReviewReport } from "@/lib/export/report-model";
import { runHeavyJob, type RunOptions } from "@/lib/workers/pool";
import type { SkippedAnnotation } from "./annotation-plan";
import type { ImportScale } from "./import-plan";
import type { AnnotationTarget, ImportPlan, ImportSource } from "./plan-import";
import { writeImportedArticle, type ImportProgress } from "./write-imported-article";
import type { Actor } from "@/lib/auth/actor";

// Imports always create a NEW article in the actor's organization. Every imported claim arrives as a DRAFT:
// states, reviewers, approvals, publications and corrections of the source are not carried over, because an
// import must never make something look reviewed or published here. Verdicts are matched by label on the
// organization's default scale and credited to the person importing (the original author's name is not a user
// here); experts are matched by name and affiliation in the organization's directory, else created.
// Parsing and planning run on a worker thread (plan-import.ts); the writes go in batches (write-imported-article.ts).

/** Planning a 6 MB file takes a few seconds; a minute is for a machine under heavy load. */
export const IMPORT_PLAN_TIMEOUT_MS = 60_000;

export type ImportOptions = { signal?: AbortSignal; onProgress?: (progress: ImportProgress) => void };

async function loadImportScale(orgId: string): Promise<ImportScale | null> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { defaultScaleId: true } });
  if (!org) throw new AppError("NOT_FOUND", "common.organizationGone");
  const scale = await findScaleForOrg(orgId, org.defaultScaleId);
  return (
    scale && { name: scale.name, options: scale.options.map((o) => ({ id: o.id, label: o.label, retired: o.retired })) }
  );
}

async function planAndWrite(
  actor: Actor,
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportPlan & { articleId: string }> {
  const scale = await loadImportScale(actor.orgId);
  const jobOptions: RunOptions = {
    label: "readImport",
    timeoutMs: IMPORT_PLAN_TIMEOUT_MS,
    signal: options.signal,
  };
  const plan = await runHeavyJob("planImport", { source, scale }, jobOptions);
  const { articleId } = await writeImportedArticle(actor, plan.article, plan.claims, plan.source, options);
  return { ...plan, articleId };
}

/** A review report (typically from parseReportJson) as a new draft article with all its claims. */
export async function importReviewReport(
  actor: Actor,
  report: ReviewReport,
  options: ImportOptions = {},
): Promise<{ articleId: string }> {
  const { articleId } = await planAndWrite(actor, { from: "report", report }, options);
  return { articleId };
}

export type AnnotationImportResult = { articleId: string; imported: number; skipped: SkippedAnnotation[] };

/** W3C Web Annotations on an article whose text is given (see planAnnotationImport). */
export async function importAnnotations(
  actor: Actor,
  target: AnnotationTarget,
  annotations: unknown[],
  options: ImportOptions = {},
): Promise<AnnotationImportResult> {
  const plan = await planAndWrite(actor, { from: "annotations", target, annotations }, options);
  return { articleId: plan.articleId, imported: plan.claims.length, skipped: plan.skipped };
}

export type UploadImportResult = AnnotationImportResult & { kind: ImportPlan["kind"] };

/** An uploaded file, read on a worker: a review export, or annotations on `target`. */
export async function importUploadedFile(
  actor: Actor,
  fileText: string,
  target: AnnotationTarget,
  options: ImportOptions = {},
): Promise<UploadImportResult> {
  const plan = await planAndWrite(actor, { from: "file", fileText, target }, options);
  return { articleId: plan.articleId, kind: plan.kind, imported: plan.claims.length, skipped: plan.skipped };
}
