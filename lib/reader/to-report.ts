import type { ReviewReport, ReportClaim } from "@/lib/export/report-model";
import type { PublicClaim } from "./public-claims";
import { isInterfaceLocale } from "@/lib/i18n/locales";

type ScaleOption = { label: string; description: string | null; colour: string; value: number };
export type PublicArticleInput = {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  originalPublishedAt: Date | null;
  originalUrl: string | null;
  language: string | null;
  version: { number: number; text: string };
  org: {
    name: string;
    slug: string;
    methodologyUrl: string | null;
    correctionsUrl: string | null;
    publicLanguage?: string;
  };
  claims: PublicClaim[];
};

export const readerPath = (orgSlug: string, articleId: string) =>
  `/r/${encodeURIComponent(orgSlug)}/${encodeURIComponent(articleId)}`;

function toReportClaim(c: PublicClaim): ReportClaim {
  return {
    id: c.id,
    start: c.start,
    end: c.end,
    quote: c.quote,
    prefix: c.prefix,
    suffix: c.suffix,
    claimant: c.claimant,
    claimDate: c.claimDate,
    claimContext: c.claimContext,
    state: c.corrections.length ? "CORRECTED" : "PUBLISHED",
    verdict: {
      label: c.verdict.label,
      value: c.verdict.value,
      colour: c.verdict.colour,
      rationale: c.verdict.rationale,
      author: c.verdict.author,
      ...(c.verdict.translations && Object.keys(c.verdict.translations).length > 0
        ? { translations: c.verdict.translations }
        : {}),
    },
    citations: c.citations.map((x, i) => ({
      id: `${c.id}-${i + 1}`,
      kind: x.kind,
      quote: x.quote,
      sourceTitle: x.sourceTitle,
      publisher: x.publisher,
      url: x.url,
      accessedAt: x.accessedAt,
      saidAt: x.saidAt,
      saidWhere: x.saidWhere,
      expert: x.expert && { id: `${c.id}-${i + 1}-expert`, ...x.expert },
    })),
    reviewers: c.reviewers,
    approvers: c.approvers,
    corrections: c.corrections,
    publishedAt: c.publishedAt,
    createdAt: c.firstPublishedAt,
    updatedAt: c.publishedAt,
  };
}

// Pure: the public part of an article as a review report, the one input of ClaimReview, W3C and embed outputs.
export function toPublicReport(
  article: PublicArticleInput,
  scaleOptions: ScaleOption[],
  baseUrl: string,
  now = new Date(),
): ReviewReport {
  const base = baseUrl.replace(/\/$/, "");
  const options = new Map(scaleOptions.map((o) => [o.label, o]));
  for (const c of article.claims)
    if (!options.has(c.verdict.label))
      options.set(c.verdict.label, { ...c.verdict, description: c.verdict.description });
  return {
    organization: {
      name: article.org.name,
      slug: article.org.slug,
      url: base,
      methodologyUrl: article.org.methodologyUrl,
      correctionsUrl: article.org.correctionsUrl,
      ...(isInterfaceLocale(article.org.publicLanguage) ? { publicLanguage: article.org.publicLanguage } : {}),
    },
    scale: {
      name: "Rating scale",
      options: [...options.values()].map((o) => ({
        label: o.label,
        description: o.description ?? "",
        colour: o.colour,
        value: o.value,
      })),
    },
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      author: article.author,
      publishedAt: article.originalPublishedAt ? article.originalPublishedAt.toISOString().slice(0, 10) : null,
      originalUrl: article.originalUrl,
      readerUrl: `${base}${readerPath(article.org.slug, article.id)}`,
      language: article.language,
      versionNumber: article.version.number,
      text: article.version.text,
      status: "PUBLISHED",
    },
    claims: article.claims.map(toReportClaim),
    generatedAt: now.toISOString(),
  };
}
