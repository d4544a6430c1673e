import "server-only";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { buildClaimReviews } from "@/lib/export/claim-review";
import { countVerdicts } from "@/lib/embed/payload";
import type { ReaderDocumentInput } from "./document/reader-document";
import type { ReaderClaim } from "./reader-claim";
import { loadPublishedArticle } from "./data";
import { renderRationale } from "./render-rationale";
import { toPublicReport } from "./to-report";
import { withVerdictsIn } from "@/lib/vocabulary/option-label";

// The reader page's data: only published snapshots, rendered rationale, legend counts and ClaimReview JSON-LD.
export async function loadReaderPage(orgSlug: string, articleId: string): Promise<ReaderDocumentInput | null> {
  const published = await loadPublishedArticle(orgSlug, articleId);
  if (!published) return null;
  // verdict labels and descriptions in the readers' language (the scale's default label where it has no translation)
  const article = { ...published, claims: withVerdictsIn(published.claims, published.readerLocale) };
  const claims: ReaderClaim[] = article.claims.map((c) => ({
    id: c.id,
    start: c.start,
    end: c.end,
    quote: c.quote,
    claimant: c.claimant,
    claimDate: c.claimDate,
    claimContext: c.claimContext,
    verdict: { label: c.verdict.label, colour: c.verdict.colour, description: c.verdict.description },
    rationaleHtml: renderRationale(c.verdict.rationale),
    citations: c.citations,
    reviewers: c.reviewers,
    approvers: c.approvers,
    checkedAt: c.publishedAt,
    corrections: c.corrections,
  }));
  const descriptions = new Map(article.claims.map((c) => [c.verdict.label, c.verdict.description]));
  const legend = countVerdicts(article.claims).map((l) => ({ ...l, description: descriptions.get(l.label) ?? null }));
  const report = toPublicReport(published, [], await publicBaseUrl());
  return {
    article: { ...article, text: article.version.text },
    claims,
    legend,
    claimReviews: buildClaimReviews(report),
    readerUrl: report.article.readerUrl,
    annotationServiceUrl: `${report.organization.url}/api/annotations/${encodeURIComponent(article.id)}/`,
    locale: article.readerLocale,
  };
}
