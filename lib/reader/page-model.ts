import "server-only";
import { cache } from "react";
import { getEnv } from "@/lib/env";
import { buildClaimReviews } from "@/lib/export/claim-review";
import type { ReaderClaim } from "@/components/reader/reader-types";
import { loadPublishedArticle } from "./data";
import { renderRationale } from "./render-rationale";
import { toPublicReport } from "./to-report";

// The reader page's data: only published snapshots, rendered rationale, legend counts and ClaimReview JSON-LD.
// cached per request: generateMetadata and the page both ask for it
export const loadReaderPage = cache(async (orgSlug: string, articleId: string) => {
  const article = await loadPublishedArticle(orgSlug, articleId);
  if (!article) return null;
  const claims: ReaderClaim[] = article.claims.map((c) => ({
    id: c.id, start: c.start, end: c.end, quote: c.quote, claimant: c.claimant, claimDate: c.claimDate, claimContext: c.claimContext,
    verdict: { label: c.verdict.label, colour: c.verdict.colour, description: c.verdict.description },
    rationaleHtml: renderRationale(c.verdict.rationale), citations: c.citations, reviewers: c.reviewers, approvers: c.approvers,
    checkedAt: c.publishedAt, corrections: c.corrections,
  }));
  const legend = new Map<string, { label: string; colour: string; description: string | null; count: number; value: number }>();
  for (const c of article.claims) {
    const entry = legend.get(c.verdict.label) ?? { label: c.verdict.label, colour: c.verdict.colour, description: c.verdict.description, value: c.verdict.value, count: 0 };
    entry.count++;
    legend.set(c.verdict.label, entry);
  }
  const report = toPublicReport(article, [], getEnv().PUBLIC_BASE_URL);
  return {
    article, claims, legend: [...legend.values()].sort((a, b) => b.value - a.value).map(({ value: _v, ...l }) => l),
    claimReviews: buildClaimReviews(report), readerUrl: report.article.readerUrl,
    annotationServiceUrl: `${report.organization.url}/api/annotations/${encodeURIComponent(article.id)}/`,
  };
});
