import { z } from "zod";
import { AppError, formatIssuePath } from "@/lib/errors";
import { CITATION_KINDS } from "@/lib/vocabulary/citation-kinds";
import { REPORT_CLAIM_STATES } from "@/lib/vocabulary/claim-states";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
import { OPTION_DESCRIPTION_MAX, OPTION_LABEL_MAX } from "@/lib/vocabulary/option-label";
import { issueEnglish } from "@/lib/validation/issue-text";

// The review report every export format is built from. The data layer maps
// database rows to this shape; nothing here knows about Prisma. Dates are ISO
// strings so that a report survives JSON unchanged (the round trip is tested).

/** Links end up in Markdown, PDF and JSON-LD: only web URLs, never javascript: and friends. */
const webUrl = z.url({ protocol: /^https?$/ }).regex(/^\S+$/, "URL must not contain whitespace");
const timestamp = z.iso.datetime({ offset: true });
/** A calendar date (2025-03-06) or a full timestamp; claim and source dates are often only a day. */
const dateOrTimestamp = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const nonEmpty = z.string().trim().min(1);

/** A scale option's label and description per interface language (lib/vocabulary/option-label.ts). */
export const reportOptionTranslationsSchema = z.partialRecord(
  z.enum(INTERFACE_LOCALES),
  z.strictObject({
    label: nonEmpty.max(OPTION_LABEL_MAX),
    description: z.string().max(OPTION_DESCRIPTION_MAX).nullable(),
  }),
);

export const reportOrganizationSchema = z.strictObject({
  name: nonEmpty,
  slug: nonEmpty,
  /** Site base URL, e.g. http://localhost:3000, without a trailing slash. */
  url: webUrl,
  methodologyUrl: webUrl.nullable(),
  correctionsUrl: webUrl.nullable(),
  /** The interface language readers get (en, es, ar); ClaimReview names verdicts in it. Absent in older reports. */
  publicLanguage: z.enum(INTERFACE_LOCALES).optional(),
});

export const reportScaleOptionSchema = z.strictObject({
  label: nonEmpty,
  description: z.string(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a #rrggbb colour"),
  value: z.number().finite(),
  translations: reportOptionTranslationsSchema.optional(),
});

export const reportScaleSchema = z.strictObject({
  name: nonEmpty,
  options: z.array(reportScaleOptionSchema).min(1),
});

export const reportArticleSchema = z.strictObject({
  id: nonEmpty,
  title: nonEmpty,
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: dateOrTimestamp.nullable(),
  /** Canonical URL of the original article, when known. */
  originalUrl: webUrl.nullable(),
  /** Our public reader page for this article. */
  readerUrl: webUrl,
  /** BCP 47 language tag of the article text; absent in reports written before articles had a language. */
  language: z.string().max(35).nullable().optional(),
  versionNumber: z.int().positive(),
  /** Canonical text of the version the claims are anchored in. */
  text: z.string(),
  status: z.enum(["DRAFT", "PUBLISHED"]),
});

export const reportExpertSchema = z.strictObject({
  id: nonEmpty,
  name: nonEmpty,
  title: z.string().nullable(),
  affiliation: z.string().nullable(),
  profileUrl: webUrl.nullable(),
});

export const reportCitationSchema = z.strictObject({
  id: nonEmpty,
  kind: z.enum(CITATION_KINDS),
  quote: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  publisher: z.string().nullable(),
  url: webUrl.nullable(),
  accessedAt: dateOrTimestamp.nullable(),
  saidAt: dateOrTimestamp.nullable(),
  /** Where the words were said (a hearing, an interview); free text. */
  saidWhere: z.string().nullable(),
  expert: reportExpertSchema.nullable(),
});

export const reportVerdictSchema = z.strictObject({
  label: nonEmpty,
  value: z.number().finite(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a #rrggbb colour"),
  /** Markdown written by the desk. */
  rationale: z.string(),
  /** Display name of the person who wrote the verdict. */
  author: nonEmpty,
  /** The verdict's label and description in other languages, when the scale has them. */
  translations: reportOptionTranslationsSchema.optional(),
});

export const reportCorrectionSchema = z.strictObject({ note: nonEmpty, at: timestamp });

export const reportClaimSchema = z
  .strictObject({
    id: nonEmpty,
    /** UTF-16 offsets into article.text, as JavaScript strings count them. */
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    quote: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
    claimant: z.string().nullable(),
    claimDate: dateOrTimestamp.nullable(),
    claimContext: z.string().nullable(),
    state: z.enum(REPORT_CLAIM_STATES),
    verdict: reportVerdictSchema.nullable(),
    citations: z.array(reportCitationSchema),
    reviewers: z.array(z.string()),
    approvers: z.array(z.string()),
    corrections: z.array(reportCorrectionSchema),
    publishedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((claim) => claim.end > claim.start, { message: "end must be greater than start", path: ["end"] });

export const reviewReportSchema = z.strictObject({
  organization: reportOrganizationSchema,
  scale: reportScaleSchema,
  article: reportArticleSchema,
  /** In document order (by start offset). */
  claims: z.array(reportClaimSchema),
  generatedAt: timestamp,
});

export type ReportOrganization = z.infer<typeof reportOrganizationSchema>;
export type ReportScaleOption = z.infer<typeof reportScaleOptionSchema>;
export type ReportScale = z.infer<typeof reportScaleSchema>;
export type ReportArticle = z.infer<typeof reportArticleSchema>;
export type ReportExpert = z.infer<typeof reportExpertSchema>;
export type ReportCitation = z.infer<typeof reportCitationSchema>;
export type ReportVerdict = z.infer<typeof reportVerdictSchema>;
export type ReportClaim = z.infer<typeof reportClaimSchema>;
export type ReportClaimState = ReportClaim["state"];
export type ReviewReport = z.infer<typeof reviewReportSchema>;

/**
 * Public outputs (ClaimReview, Web Annotation) carry only claims a reader can
 * already see: published or corrected, with a verdict. A claim waiting for
 * re-anchoring after an article edit is withheld until someone re-checks it.
 */
export function isPublicClaim(claim: ReportClaim): claim is ReportClaim & { verdict: ReportVerdict } {
  return (claim.state === "PUBLISHED" || claim.state === "CORRECTED") && claim.verdict !== null;
}

export function listPublicClaims(report: ReviewReport) {
  return report.claims.filter(isPublicClaim);
}

export type VerdictCount = { label: string; colour: string; count: number };

/** Claims per verdict label, in scale order, then labels no longer on the scale, then "No verdict". */
export function countVerdicts(report: ReviewReport): VerdictCount[] {
  const counts = new Map<string, VerdictCount>();
  for (const option of report.scale.options) {
    counts.set(option.label, { label: option.label, colour: option.colour, count: 0 });
  }
  let unrated = 0;
  for (const claim of report.claims) {
    if (!claim.verdict) {
      unrated += 1;
      continue;
    }
    const entry = counts.get(claim.verdict.label) ?? {
      label: claim.verdict.label,
      colour: claim.verdict.colour,
      count: 0,
    };
    entry.count += 1;
    counts.set(claim.verdict.label, entry);
  }
  const rows = [...counts.values()];
  if (unrated > 0) rows.push({ label: "No verdict", colour: "#9ca3af", count: unrated });
  return rows;
}

/**
 * For an imported document (report JSON, incoming annotation) that does not
 * fit: AppError INVALID (→ HTTP 400), with the field in the message and in
 * details.path, e.g. "claims[2].verdict.colour".
 */
export function invalidDocumentError(path: string, message: string): AppError {
  return new AppError("INVALID", { untranslated: message }, { path });
}

export function toInvalidDocumentError(what: string, error: z.ZodError): AppError {
  const [first] = error.issues;
  const path = formatIssuePath(first?.path ?? []);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : "";
  return invalidDocumentError(path, `Invalid ${what} at ${path}: ${first ? issueEnglish(first) : "invalid"}${more}`);
}
