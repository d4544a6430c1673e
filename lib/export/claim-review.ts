import { AppError } from "@/lib/errors";
import { findScaleRange } from "@/lib/export/display";
import { toIri } from "@/lib/export/iri";
import { toArticleLanguage } from "@/lib/vocabulary/languages";
import { optionLabelIn } from "@/lib/vocabulary/option-label";
import {
  isPublicClaim,
  listPublicClaims,
  type ReportClaim,
  type ReportVerdict,
  type ReviewReport,
} from "@/lib/export/report-model";
import { errorText } from "@/lib/i18n/error-text";

// schema.org ClaimReview JSON-LD, shaped after Google's fact-check markup
// guidance (required: claimReviewed, reviewRating.alternateName, url;
// recommended: author, datePublished, itemReviewed → Claim with author,
// datePublished, appearance). Only published or corrected claims with a
// verdict are ever emitted; everything else returns null.

type JsonLdValue = string | number | JsonLdNode | JsonLdValue[];
export type JsonLdNode = { [key: string]: JsonLdValue };

/** Google advises <75 characters for display; we keep whole sentences up to this and let Google trim further. */
export const CLAIM_REVIEWED_MAX_CHARS = 280;
export const MAX_FEED_PAGE_SIZE = 100;
const HYDRA = "http://www.w3.org/ns/hydra/core#";

/** Shortens to at most `max` characters (code points), at a word boundary, with an ellipsis. */
export function truncateAtWord(text: string, max = CLAIM_REVIEWED_MAX_CHARS): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  if (chars.length <= max) return chars.join("");
  const head = chars.slice(0, max - 1).join("");
  const lastSpace = head.lastIndexOf(" ");
  // One enormous "word" (a URL, a CJK sentence without spaces): cut it rather than drop it all.
  const cut = lastSpace > max / 2 ? head.slice(0, lastSpace) : head;
  return `${cut.replace(/[\s,;:.\-–—]+$/u, "")}…`;
}

/** The calendar day of an ISO date or timestamp, as written (the author's own offset). */
function toIsoDay(iso: string): string {
  return iso.slice(0, 10);
}

/** Reader page URL with the claim's fragment: the anchor Google asks for when a page holds several fact checks. */
export function buildClaimUrl(report: ReviewReport, claim: ReportClaim): string {
  const url = new URL(toIri(report.article.readerUrl));
  url.hash = `claim-${encodeURIComponent(claim.id)}`;
  return url.href;
}

function buildRating(report: ReviewReport, verdict: ReportVerdict): JsonLdNode {
  const { worst, best } = findScaleRange(report.scale);
  // the verdict as readers of the organization's public pages read it (its default label without a translation)
  const alternateName = optionLabelIn(verdict, report.organization.publicLanguage);
  const rating: JsonLdNode = { "@type": "Rating", alternateName, ratingValue: verdict.value };
  // Google: bestRating must be greater than worstRating; a one-option scale has no range to state.
  if (best > worst) Object.assign(rating, { bestRating: best, worstRating: worst });
  return rating;
}

function buildAppearance(report: ReviewReport): JsonLdNode {
  const { article } = report;
  const appearance: JsonLdNode = { "@type": "NewsArticle", headline: article.title };
  const language = toArticleLanguage(article.language);
  if (language) appearance.inLanguage = language;
  if (article.originalUrl) appearance.url = toIri(article.originalUrl);
  if (article.publishedAt) appearance.datePublished = toIsoDay(article.publishedAt);
  if (article.author) appearance.author = { "@type": "Person", name: article.author };
  if (article.outlet) appearance.publisher = { "@type": "Organization", name: article.outlet };
  return appearance;
}

function buildClaim(report: ReviewReport, claim: ReportClaim): JsonLdNode {
  const node: JsonLdNode = { "@type": "Claim" };
  const language = toArticleLanguage(report.article.language);
  if (language) node.inLanguage = language;
  // The data model has no person/organisation flag for claimants; most are people.
  if (claim.claimant?.trim()) node.author = { "@type": "Person", name: claim.claimant.trim() };
  const said = claim.claimDate ?? report.article.publishedAt;
  if (said) node.datePublished = toIsoDay(said);
  node.appearance = buildAppearance(report);
  return node;
}

/** One ClaimReview for a public claim, or null for drafts, claims in review and claims without a verdict. */
export function buildClaimReview(report: ReviewReport, claim: ReportClaim): JsonLdNode | null {
  if (!isPublicClaim(claim)) return null;
  const { organization } = report;
  const review: JsonLdNode = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: buildClaimUrl(report, claim),
    claimReviewed: truncateAtWord(claim.quote),
    reviewRating: buildRating(report, claim.verdict),
    author: { "@type": "Organization", name: organization.name, url: toIri(organization.url) },
    datePublished: toIsoDay(claim.publishedAt ?? claim.updatedAt),
    itemReviewed: buildClaim(report, claim),
  };
  // the desk reviews in the article's language (organizations have no public language of their own yet)
  const language = toArticleLanguage(report.article.language);
  if (language) review.inLanguage = language;
  if (claim.corrections.length > 0) {
    review.dateModified = toIsoDay(claim.updatedAt);
    review.correction = claim.corrections.map((correction) => ({
      "@type": "CorrectionComment",
      text: correction.note,
      datePublished: toIsoDay(correction.at),
    }));
  }
  return review;
}

/** Every ClaimReview of a report, in document order (drafts and unrated claims left out). */
export function buildClaimReviews(report: ReviewReport): JsonLdNode[] {
  return report.claims.flatMap((claim) => {
    const review = buildClaimReview(report, claim);
    return review ? [review] : [];
  });
}

function withPage(baseUrl: string, page: number, pageSize: number): string {
  const url = new URL(toIri(baseUrl));
  url.searchParams.set("page", String(page));
  url.searchParams.set("pageSize", String(pageSize));
  return url.href;
}

/**
 * A page of every public ClaimReview across `reports`, newest first, as a
 * schema.org DataFeed. schema.org has no paging terms, so paging uses the W3C
 * Hydra vocabulary under an explicit "hydra:" prefix (declared in @context):
 * `hydra:totalItems` on the feed and a `hydra:view` (PartialCollectionView)
 * with first/previous/next/last page links as {"@id": url}. Consumers that
 * only know schema.org can ignore the hydra: keys; everything else is schema.org.
 * `baseUrl` is the feed endpoint; page numbers start at 1. Bad paging throws AppError INVALID.
 */
export function buildClaimReviewFeed(
  reports: readonly ReviewReport[],
  page: number,
  pageSize: number,
  baseUrl: string,
): JsonLdNode {
  if (!Number.isInteger(page) || page < 1)
    throw new AppError("INVALID", errorText("api.feedPage", { page }), { path: "page" });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_FEED_PAGE_SIZE) {
    throw new AppError("INVALID", errorText("api.feedPageSize", { limit: MAX_FEED_PAGE_SIZE, pageSize }), {
      path: "pageSize",
    });
  }
  const entries = reports
    .flatMap((report) =>
      listPublicClaims(report).map((claim) => ({ report, claim, at: claim.publishedAt ?? claim.updatedAt })),
    )
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.claim.id.localeCompare(b.claim.id));
  const lastPage = Math.max(1, Math.ceil(entries.length / pageSize));
  const pageEntries = entries.slice((page - 1) * pageSize, page * pageSize);

  const view: JsonLdNode = {
    "@id": withPage(baseUrl, page, pageSize),
    "@type": "hydra:PartialCollectionView",
    "hydra:first": { "@id": withPage(baseUrl, 1, pageSize) },
    "hydra:last": { "@id": withPage(baseUrl, lastPage, pageSize) },
  };
  if (page > 1) view["hydra:previous"] = { "@id": withPage(baseUrl, Math.min(page - 1, lastPage), pageSize) };
  if (page < lastPage) view["hydra:next"] = { "@id": withPage(baseUrl, page + 1, pageSize) };

  const organizations = [...new Set(reports.map((report) => report.organization.name))];
  const feed: JsonLdNode = {
    "@context": ["https://schema.org", { hydra: HYDRA }],
    "@type": "DataFeed",
    "@id": toIri(baseUrl),
    name: organizations.length === 1 ? `Fact checks by ${organizations[0]}` : "Fact checks",
    url: toIri(baseUrl),
    dataFeedElement: pageEntries.map(({ report, claim }) => {
      // The feed's own @context covers its items.
      const item: JsonLdNode = { ...buildClaimReview(report, claim) };
      delete item["@context"];
      return { "@type": "DataFeedItem", dateModified: claim.updatedAt, item };
    }),
    "hydra:totalItems": entries.length,
    "hydra:view": view,
  };
  const newest = entries.reduce<string | null>(
    (latest, { claim }) =>
      latest === null || Date.parse(claim.updatedAt) > Date.parse(latest) ? claim.updatedAt : latest,
    null,
  );
  if (newest) feed.dateModified = newest;
  return feed;
}
