import { describeRanges } from "@/lib/anchoring/anchor";
import { normalizeText } from "@/lib/anchoring/normalize";
import type { Selector } from "@/lib/anchoring/selectors";
import { articleMetaSchema, articleTextSchema } from "@/lib/articles/schema";
import { MAX_CITATIONS } from "@/lib/claims/schema";
import {
  invalidDocumentError,
  type ReportCitation,
  type ReportClaim,
  type ReviewReport,
} from "@/lib/export/report-model";
import { detectArticleLanguage } from "@/lib/articles/detect-language";
import { toArticleLanguage, type ArticleLanguage } from "@/lib/vocabulary/languages";
import { findMarkdownProblem, MAX_RATIONALE_LENGTH } from "@/lib/text/bounds";
import { issueEnglish } from "@/lib/validation/issue-text";

// Pure: checks an imported review report against the importing organization and turns it into rows to write.
// Everything is checked before the first write, so an import either fails naming the field or goes in whole.

export const MAX_IMPORTED_CLAIMS = 5_000;
const MAX_RATIONALE_CHARS = MAX_RATIONALE_LENGTH;

export type ImportScale = { name: string; options: { id: string; label: string; retired: boolean }[] };
export type PlannedExpert = {
  name: string;
  title: string | null;
  affiliation: string | null;
  profileUrl: string | null;
};
export type PlannedCitation = Omit<ReportCitation, "id" | "expert" | "accessedAt" | "saidAt"> & {
  accessedAt: Date | null;
  saidAt: Date | null;
  expert: PlannedExpert | null;
};
export type PlannedClaim = {
  start: number;
  end: number;
  quote: string;
  selectors: Selector[];
  needsReanchor: boolean;
  claimant: string | null;
  claimDate: Date | null;
  claimContext: string | null;
  verdict: { optionId: string; rationale: string } | null;
  citations: PlannedCitation[];
};
export type PlannedArticle = {
  title: string;
  outlet: string | null;
  author: string | null;
  originalPublishedAt: Date | null;
  originalUrl: string | null;
  language?: ArticleLanguage | null;
  text: string;
};

/** "2025-03-06" is a day (midnight UTC, as the desk stores days); a full timestamp keeps its instant. */
export function toDate(value: string | null): Date | null {
  if (!value) return null;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

const shorten = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 57)}…` : quote);
export const describeClaim = (index: number, quote: string) => `Claim ${index + 1} (“${shorten(quote)}”)`;

/** The article text exactly as the desk stores it: offsets are only meaningful over the canonical text. */
export function checkArticleText(text: string, path: string): string {
  const size = articleTextSchema.safeParse(text);
  if (!size.success) throw invalidDocumentError(path, `${path}: ${issueEnglish(size.error.issues[0])}`);
  if (!text.trim()) throw invalidDocumentError(path, `${path}: the article has no text.`);
  if (normalizeText(text) !== text) {
    throw invalidDocumentError(
      path,
      `${path} is not in the desk's canonical form (line endings, spaces or Unicode normalisation differ), so claim offsets cannot be trusted.`,
    );
  }
  return text;
}

export function planArticle(report: ReviewReport): PlannedArticle {
  const { article } = report;
  const meta = articleMetaSchema.safeParse({
    title: article.title,
    outlet: article.outlet,
    author: article.author,
    originalPublishedAt: article.publishedAt?.slice(0, 10) ?? null,
    originalUrl: article.originalUrl,
  });
  if (!meta.success) {
    const [issue] = meta.error.issues;
    const path = `article.${String(issue.path[0] ?? "title").replace("originalPublishedAt", "publishedAt")}`;
    throw invalidDocumentError(path, `Invalid report at ${path}: ${issueEnglish(issue)}`);
  }
  const text = checkArticleText(article.text, "article.text");
  // a language the report names and we know, else the text's (a report from elsewhere may name one we do not list)
  return { ...meta.data, language: toArticleLanguage(article.language) ?? detectArticleLanguage(text), text };
}

function planVerdict(claim: ReportClaim, index: number, scale: ImportScale | null): PlannedClaim["verdict"] {
  if (!claim.verdict) return null;
  const path = `claims[${index}].verdict.label`;
  const who = describeClaim(index, claim.quote);
  if (!scale)
    throw invalidDocumentError(
      path,
      `${who} has the verdict “${claim.verdict.label}”, but your organization has no rating scale yet.`,
    );
  const option = scale.options.find((o) => o.label === claim.verdict!.label);
  if (!option)
    throw invalidDocumentError(
      path,
      `${who}: the verdict “${claim.verdict.label}” is not on your rating scale “${scale.name}” (${path}).`,
    );
  // as in the annotator: a retired verdict stays on old claims but is never given anew
  if (option.retired)
    throw invalidDocumentError(
      path,
      `${who}: the verdict “${claim.verdict.label}” is retired on your rating scale “${scale.name}” (${path}).`,
    );
  if (claim.verdict.rationale.length > MAX_RATIONALE_CHARS) {
    throw invalidDocumentError(
      `claims[${index}].verdict.rationale`,
      `${who}: the rationale is longer than ${MAX_RATIONALE_CHARS.toLocaleString("en")} characters.`,
    );
  }
  const problem = findMarkdownProblem(claim.verdict.rationale);
  if (problem)
    throw invalidDocumentError(
      `claims[${index}].verdict.rationale`,
      `${who}: the rationale ${problem} (claims[${index}].verdict.rationale).`,
    );
  return { optionId: option.id, rationale: claim.verdict.rationale };
}

function planCitation(c: ReportCitation): PlannedCitation {
  const { id: _id, expert, accessedAt, saidAt, ...rest } = c;
  return {
    ...rest,
    accessedAt: toDate(accessedAt),
    saidAt: toDate(saidAt),
    expert: expert && {
      name: expert.name.trim(),
      title: expert.title,
      affiliation: expert.affiliation?.trim() || null,
      profileUrl: expert.profileUrl,
    },
  };
}

/**
 * Where the claim goes in the new article. Its quote must be exactly text[start, end): the export wrote both from
 * one version, so a mismatch means the file was edited. A claim exported while flagged for re-anchoring points into
 * an older version: it comes in flagged, with its quote and context, for a reviewer to re-attach.
 */
function planPlacement(
  text: string,
  claim: ReportClaim,
  index: number,
): Pick<PlannedClaim, "start" | "end" | "quote" | "needsReanchor"> & { selectors: Selector[] | null } {
  const fits = claim.end <= text.length && text.slice(claim.start, claim.end) === claim.quote;
  // selectors null: described on the text (planReportClaims does all of them at once)
  if (fits) return { start: claim.start, end: claim.end, quote: claim.quote, selectors: null, needsReanchor: false };
  if (claim.state !== "NEEDS_REANCHOR") {
    const path = `claims[${index}].quote`;
    throw invalidDocumentError(
      path,
      `${describeClaim(index, claim.quote)}: the quote does not match the article text at ${claim.start}–${claim.end} (${path}).`,
    );
  }
  return {
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    needsReanchor: true,
    selectors: [
      { type: "TextQuoteSelector", exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix },
      { type: "TextPositionSelector", start: claim.start, end: claim.end },
    ],
  };
}

export function planReportClaims(report: ReviewReport, text: string, scale: ImportScale | null): PlannedClaim[] {
  if (report.claims.length > MAX_IMPORTED_CLAIMS) {
    throw invalidDocumentError(
      "claims",
      `The report has ${report.claims.length} claims; at most ${MAX_IMPORTED_CLAIMS.toLocaleString("en")} can be imported at once.`,
    );
  }
  const planned = report.claims.map((claim, index) => {
    if (claim.citations.length > MAX_CITATIONS) {
      throw invalidDocumentError(
        `claims[${index}].citations`,
        `${describeClaim(index, claim.quote)} has ${claim.citations.length} citations; a claim can have at most ${MAX_CITATIONS}.`,
      );
    }
    return {
      ...planPlacement(text, claim, index),
      claimant: claim.claimant,
      claimDate: toDate(claim.claimDate),
      claimContext: claim.claimContext,
      verdict: planVerdict(claim, index, scale),
      citations: claim.citations.map(planCitation),
    };
  });
  // the placed claims' quotes counted in one pass over the text (an import may bring thousands)
  const placed = planned.filter((claim) => claim.selectors === null);
  const described = describeRanges(text, placed);
  let next = 0;
  return planned.map((claim) => ({ ...claim, selectors: claim.selectors ?? described[next++] }));
}
