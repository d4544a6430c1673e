import { normalizeText } from "@/lib/anchoring/normalize";
import { articleMetaSchema } from "@/lib/articles/schema";
import { AppError } from "@/lib/errors";
import { reviewReportSchema, toInvalidDocumentError, type ReviewReport } from "@/lib/export/report-model";
import { parseAnnotations, planAnnotationClaims, type SkippedAnnotation } from "./annotation-plan";
import { readImportDocument } from "./import-document";
import {
  checkArticleText,
  planArticle,
  planReportClaims,
  type ImportScale,
  type PlannedArticle,
  type PlannedClaim,
} from "./import-plan";
import { issueText } from "@/lib/validation/issue-text";

// Pure: an uploaded file (or an already parsed report or annotation list) checked and turned into rows to write.
// This is the CPU-heavy half of an import (a 6 MB file parses and anchors for seconds), so it runs on a worker
// thread (lib/workers/heavy-jobs.ts); import-report.ts writes the plan.

export type ImportPlan = {
  kind: "report" | "annotations";
  article: PlannedArticle;
  claims: PlannedClaim[];
  skipped: SkippedAnnotation[];
  source: { [key: string]: string | number };
};

/** Title and text typed beside an annotation file: the article the annotations point into. */
export type AnnotationTarget = { title: string; text: string };

export function planReportImport(report: ReviewReport, scale: ImportScale | null): ImportPlan {
  const checked = reviewReportSchema.safeParse(report);
  if (!checked.success) throw toInvalidDocumentError("report", checked.error);
  const article = planArticle(checked.data);
  const claims = planReportClaims(checked.data, article.text, scale);
  const source = {
    importedFrom: "review-report",
    sourceOrganization: checked.data.organization.slug,
    sourceArticleId: checked.data.article.id,
  };
  return { kind: "report", article, claims, skipped: [], source };
}

/**
 * W3C Web Annotations on an article whose text is given: each one that anchors becomes a draft claim (with the
 * verdict named by an "assessing" body when the scale has it, and its links as sources); the rest are reported.
 */
export function planAnnotationImport(
  target: AnnotationTarget,
  annotations: unknown[],
  scale: ImportScale | null,
): ImportPlan {
  const meta = articleMetaSchema.safeParse({ title: target.title });
  if (!meta.success)
    throw new AppError("INVALID", issueText(meta.error.issues[0]) ?? "validation.invalid", {
      field: "title",
      path: "title",
    });
  let text: string;
  try {
    text = checkArticleText(normalizeText(target.text), "text");
  } catch (e) {
    throw e instanceof AppError
      ? new AppError("INVALID", e.text ?? { untranslated: e.message.replace(/^text: /, "") }, {
          field: "text",
          path: "text",
        })
      : e;
  }
  const parsed = parseAnnotations(annotations);
  const plan = planAnnotationClaims(text, parsed, scale);
  const source = { importedFrom: "web-annotations", annotations: parsed.length, skipped: plan.skipped.length };
  return { kind: "annotations", article: { ...meta.data, text }, claims: plan.claims, skipped: plan.skipped, source };
}

/** What to plan: an uploaded file, a parsed report, or annotations on a given text. */
export type ImportSource =
  | { from: "file"; fileText: string; target: AnnotationTarget }
  | { from: "report"; report: ReviewReport }
  | { from: "annotations"; target: AnnotationTarget; annotations: unknown[] };

export function planImportSource(source: ImportSource, scale: ImportScale | null): ImportPlan {
  if (source.from === "file") return planUploadedImport(source.fileText, source.target, scale);
  if (source.from === "report") return planReportImport(source.report, scale);
  return planAnnotationImport(source.target, source.annotations, scale);
}

/** An uploaded .json file: a FactDesk review export or W3C annotations (then on `target`). */
export function planUploadedImport(fileText: string, target: AnnotationTarget, scale: ImportScale | null): ImportPlan {
  const document = readImportDocument(fileText);
  return document.kind === "report"
    ? planReportImport(document.report, scale)
    : planAnnotationImport(target, document.annotations, scale);
}
