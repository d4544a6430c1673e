import "server-only";
import { normalizeText } from "@/lib/anchoring/normalize";
import { articleMetaSchema } from "@/lib/articles/schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findScaleForOrg } from "@/lib/claims/data";
import { reviewReportSchema, toInvalidDocumentError, type ReviewReport } from "@/lib/export/report-model";
import { parseAnnotations, planAnnotationClaims, type SkippedAnnotation } from "./annotation-plan";
import { checkArticleText, planArticle, planReportClaims, type ImportScale } from "./import-plan";
import { writeImportedArticle } from "./write-imported-article";
import type { Actor } from "@/lib/auth/actor";

// Imports always create a NEW article in the actor's organization. Every imported claim arrives as a DRAFT:
// states, reviewers, approvals, publications and corrections of the source are not carried over, because an
// import must never make something look reviewed or published here. Verdicts are matched by label on the
// organization's default scale and credited to the person importing (the original author's name is not a user
// here); experts are matched by name and affiliation in the organization's directory, else created.

async function loadImportScale(orgId: string): Promise<ImportScale | null> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { defaultScaleId: true } });
  if (!org) throw new AppError("NOT_FOUND", "This organization no longer exists.");
  const scale = await findScaleForOrg(orgId, org.defaultScaleId);
  return scale && { name: scale.name, options: scale.options.map((o) => ({ id: o.id, label: o.label, retired: o.retired })) };
}

/** A review report (typically from parseReportJson) as a new draft article with all its claims. */
export async function importReviewReport(actor: Actor, report: ReviewReport): Promise<{ articleId: string }> {
  const checked = reviewReportSchema.safeParse(report);
  if (!checked.success) throw toInvalidDocumentError("report", checked.error);
  const article = planArticle(checked.data);
  const claims = planReportClaims(checked.data, article.text, await loadImportScale(actor.orgId));
  const source = { importedFrom: "review-report", sourceOrganization: checked.data.organization.slug, sourceArticleId: checked.data.article.id };
  return writeImportedArticle(actor, article, claims, source);
}

export type AnnotationImportResult = { articleId: string; imported: number; skipped: SkippedAnnotation[] };

/**
 * W3C Web Annotations on an article whose text is given: each one that anchors becomes a draft claim (with the
 * verdict named by an "assessing" body when the scale has it, and its links as sources); the rest are reported.
 */
export async function importAnnotations(actor: Actor, input: { title: string; text: string }, annotations: unknown[]): Promise<AnnotationImportResult> {
  const meta = articleMetaSchema.safeParse({ title: input.title });
  if (!meta.success) throw new AppError("INVALID", meta.error.issues[0].message, { field: "title", path: "title" });
  let text: string;
  try {
    text = checkArticleText(normalizeText(input.text), "text");
  } catch (e) {
    throw e instanceof AppError ? new AppError("INVALID", e.message.replace(/^text: /, ""), { field: "text", path: "text" }) : e;
  }
  const parsed = parseAnnotations(annotations);
  const plan = planAnnotationClaims(text, parsed, await loadImportScale(actor.orgId));
  const source = { importedFrom: "web-annotations", annotations: parsed.length, skipped: plan.skipped.length };
  const { articleId } = await writeImportedArticle(actor, { ...meta.data, text }, plan.claims, source);
  return { articleId, imported: plan.claims.length, skipped: plan.skipped };
}
