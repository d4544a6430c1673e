import type { PublishedCitation } from "@/lib/publishing/snapshot";
import type { PublicClaim } from "@/lib/reader/public-claims";
import { textDirection, toArticleLanguage, type TextDirection } from "@/lib/vocabulary/languages";
import { readerPath } from "@/lib/reader/to-report";
import { optionDescriptionIn, optionLabelIn } from "@/lib/vocabulary/option-label";

/**
 * What GET /api/public/reviews answers and the publisher embed (embed/factdesk-embed.ts) consumes: the published
 * snapshots of one article, nothing else. No reviewer names, no e-mail addresses, no live claim state.
 */

export type PublicReviewCitation = {
  kind: PublishedCitation["kind"];
  expert: { name: string; title: string | null; affiliation: string | null } | null;
  quote: string | null;
  sourceTitle: string | null;
  publisher: string | null;
  url: string | null;
};

export type PublicReviewClaim = {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  verdict: { label: string; colour: string; description: string | null };
  /** sanitized HTML (lib/reader/render-rationale.ts) */
  rationaleHtml: string;
  claimant: string | null;
  claimDate: string | null;
  citations: PublicReviewCitation[];
  /** the claim on the reader page: opens there with its card */
  readerUrl: string;
};

export type PublicReviews = {
  /** language: BCP 47 as published (null when not set); direction: how its text runs */
  article: { id: string; title: string; readerUrl: string; language: string | null; direction: TextDirection };
  organization: { name: string };
  claims: PublicReviewClaim[];
};

export type PublicReviewsSource = {
  id: string;
  title: string;
  language: string | null;
  /** publicLanguage: the language verdict labels are shown in (the scale's default label without a translation) */
  org: { name: string; slug: string; publicLanguage?: string };
  claims: PublicClaim[];
};

// Pure: rationale rendering is passed in because the renderer (markdown + sanitizer) is server-only.
export function buildPublicReviews(
  article: PublicReviewsSource,
  baseUrl: string,
  renderRationale: (markdown: string) => string,
): PublicReviews {
  const readerUrl = `${baseUrl.replace(/\/$/, "")}${readerPath(article.org.slug, article.id)}`;
  return {
    article: {
      id: article.id,
      title: article.title,
      readerUrl,
      language: toArticleLanguage(article.language),
      direction: textDirection(article.language),
    },
    organization: { name: article.org.name },
    claims: article.claims.map((c) => ({
      id: c.id,
      quote: c.quote,
      prefix: c.prefix,
      suffix: c.suffix,
      start: c.start,
      end: c.end,
      verdict: {
        label: optionLabelIn(c.verdict, article.org.publicLanguage),
        colour: c.verdict.colour,
        description: optionDescriptionIn(c.verdict, article.org.publicLanguage),
      },
      rationaleHtml: renderRationale(c.verdict.rationale),
      claimant: c.claimant,
      claimDate: c.claimDate,
      citations: c.citations.map((x) => ({
        kind: x.kind,
        expert: x.expert && { name: x.expert.name, title: x.expert.title, affiliation: x.expert.affiliation },
        quote: x.quote,
        sourceTitle: x.sourceTitle,
        publisher: x.publisher,
        url: x.url,
      })),
      readerUrl: `${readerUrl}#claim-${encodeURIComponent(c.id)}`,
    })),
  };
}

/** Claims per verdict, best verdict first as on the reader page's legend (the badge's pills). */
export function countVerdicts(
  claims: { verdict: { label: string; colour: string; value: number } }[],
): { label: string; colour: string; count: number }[] {
  const counts = new Map<string, { label: string; colour: string; value: number; count: number }>();
  for (const { verdict } of claims) {
    const entry = counts.get(verdict.label) ?? {
      label: verdict.label,
      colour: verdict.colour,
      value: verdict.value,
      count: 0,
    };
    entry.count++;
    counts.set(verdict.label, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.value - a.value)
    .map(({ label, colour, count }) => ({ label, colour, count }));
}
