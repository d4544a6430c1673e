import type { PublishedCitation } from "@/lib/publishing/snapshot";
import type { PublicClaim } from "@/lib/reader/public-claims";
import { textDirection, toArticleLanguage, type TextDirection } from "@/lib/vocabulary/languages";
import { readerPath } from "@/lib/reader/to-report";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, localeDirection, type InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { CITATION_KINDS, type CitationKind } from "@/lib/vocabulary/citation-kinds";

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
  /** in the reader's interface language: the chip's accessible name, and the card's "Claim by …, date" line */
  chipLabel: string;
  meta: string;
};

/**
 * The overlay's own words in the reader's interface language. The embed is a browser bundle without the catalogue,
 * so the server sends what it shows, already formatted. `unplaced[n]` is the panel's summary for n claims that could
 * not be placed (index 0 is unused): the plural is chosen here, by ICU, for every count the page can have.
 */
export type EmbedText = {
  close: string;
  why: string;
  evidence: string;
  readFull: string;
  panelLabel: string;
  seeAll: string;
  unplaced: string[];
  citationKinds: Record<CitationKind | "unknown", string>;
};

export type PublicReviews = {
  /** language: BCP 47 as published (null when not set); direction: how its text runs */
  article: { id: string; title: string; readerUrl: string; language: string | null; direction: TextDirection };
  organization: { name: string };
  /** the language of the words around the checks: the article's reader language, else the organization's public one */
  interface: { locale: InterfaceLocale; direction: TextDirection; text: EmbedText };
  claims: PublicReviewClaim[];
};

export type PublicReviewsSource = {
  id: string;
  title: string;
  language: string | null;
  /** publicLanguage: the language verdict labels are shown in (the scale's default label without a translation) */
  org: { name: string; slug: string; publicLanguage?: string };
  claims: PublicClaim[];
  /** lib/reader/reader-language.ts; English when not given */
  readerLocale?: InterfaceLocale;
};

const shortQuote = (quote: string) => (quote.length > 80 ? `${quote.slice(0, 80)}…` : quote);

export function embedText(locale: InterfaceLocale, organization: string, claimCount: number): EmbedText {
  const t = translatorFor(locale, "embed");
  const kinds = translatorFor(locale, "vocabulary");
  return {
    close: t("overlay.close"),
    why: t("overlay.why"),
    evidence: t("overlay.evidence"),
    readFull: t("overlay.readFull", { organization }),
    panelLabel: t("overlay.panelLabel", { organization }),
    seeAll: t("overlay.seeAll", { organization }),
    unplaced: Array.from({ length: claimCount + 1 }, (_, count) => (count ? t("overlay.unplaced", { count }) : "")),
    citationKinds: Object.fromEntries(
      [...CITATION_KINDS, "unknown" as const].map((kind) => [kind, kinds(`citationKind.${kind}`)]),
    ) as EmbedText["citationKinds"],
  };
}

// Pure: rationale rendering is passed in because the renderer (markdown + sanitizer) is server-only.
export function buildPublicReviews(
  article: PublicReviewsSource,
  baseUrl: string,
  renderRationale: (markdown: string) => string,
): PublicReviews {
  const readerUrl = `${baseUrl.replace(/\/$/, "")}${readerPath(article.org.slug, article.id)}`;
  const locale = article.readerLocale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "embed");
  const day = (iso: string | null) =>
    iso && !Number.isNaN(Date.parse(iso)) ? formatDate(iso, "long", { locale }) : null;
  return {
    article: {
      id: article.id,
      title: article.title,
      readerUrl,
      language: toArticleLanguage(article.language),
      direction: textDirection(article.language),
    },
    organization: { name: article.org.name },
    interface: {
      locale,
      direction: localeDirection(locale),
      text: embedText(locale, article.org.name, article.claims.length),
    },
    claims: article.claims.map((c) => ({
      id: c.id,
      quote: c.quote,
      prefix: c.prefix,
      suffix: c.suffix,
      start: c.start,
      end: c.end,
      verdict: {
        label: optionLabelIn(c.verdict, locale),
        colour: c.verdict.colour,
        description: optionDescriptionIn(c.verdict, locale),
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
      chipLabel: t("overlay.chipLabel", { quote: shortQuote(c.quote), verdict: c.verdict.label }),
      meta:
        [c.claimant && t("overlay.claimBy", { claimant: c.claimant }), day(c.claimDate)].filter(Boolean).join(" · ") ||
        t("overlay.inThisArticle"),
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
