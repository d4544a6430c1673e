import { safeColour } from "@/lib/vocabulary/verdict-colours";
import { html, jsonForScript, type SafeHtml } from "@/lib/http/html";
import type { LegendEntry, ReaderClaim } from "../reader-claim";
import { joinNames } from "../reader-language";
import { formatDay, languageAttributes, renderClaimCard } from "./claim-card";
import { renderReaderText } from "./reader-text";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, localeDirection, type InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export type ReaderDocumentInput = {
  article: {
    title: string;
    outlet: string | null;
    author: string | null;
    originalPublishedAt: Date | null;
    originalUrl: string | null;
    /** BCP 47, as published; null when not set */
    language: string | null;
    publishedAt: Date | null;
    text: string;
    org: { name: string; methodologyUrl: string | null; correctionsUrl: string | null };
  };
  claims: ReaderClaim[];
  legend: LegendEntry[];
  claimReviews: unknown[];
  readerUrl: string;
  annotationServiceUrl: string;
  /** the language of the page's own words (lib/reader/reader-language.ts); English when not given */
  locale?: InterfaceLocale;
};

/** Where the page's two static files are (with a content hash, see scripts/build-embed.mjs). */
export type ReaderAssets = { stylesheet: string; script: string };

const webUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

function head(
  locale: InterfaceLocale,
  title: string,
  description: string,
  assets: ReaderAssets,
  extra: SafeHtml | string = "",
): SafeHtml {
  return html`<!doctype html>
<html lang="${locale}" dir="${localeDirection(locale)}"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · FactDesk</title>
<meta name="description" content="${description}">
<link rel="stylesheet" href="${assets.stylesheet}">
${extra}
</head>`;
}

function summary(input: ReaderDocumentInput, locale: InterfaceLocale): string {
  const { claims, legend, article } = input;
  return translatorFor(locale, "reader")("page.summary", {
    count: claims.length,
    organization: article.org.name,
    verdicts: joinNames(
      legend.map((l) => `${formatNumber(l.count, locale)} ${l.label}`),
      locale,
    ),
  });
}

/**
 * Pure: the public reader page as one HTML document. No framework runtime ships with it: a ~3 KB script
 * (reader/factdesk-reader.ts) opens the cards in a native modal <dialog>, follows deep links and filters verdicts.
 */
export function renderReaderDocument(input: ReaderDocumentInput, assets: ReaderAssets): string {
  const { article, claims, legend } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "reader");
  const title = t("page.title", { title: article.title });
  const description = summary(input, locale);
  const verdictIndex = new Map(legend.map((l, i) => [l.label, i]));
  const byline = [
    article.outlet,
    article.author && t("page.byAuthor", { author: article.author }),
    formatDay(article.originalPublishedAt, locale),
  ]
    .filter(Boolean)
    .join(" · ");
  const original = webUrl(article.originalUrl);
  const methodology = webUrl(article.org.methodologyUrl);
  const corrections = webUrl(article.org.correctionsUrl);
  // the page around it is in the desk's language; the article, its title and quotes are in their own
  const inArticleLanguage = languageAttributes(article.language);
  const meta = html`<link rel="canonical" href="${input.readerUrl}">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}">
<meta property="og:url" content="${input.readerUrl}"><meta property="og:site_name" content="${article.org.name}">
<meta name="twitter:card" content="summary"><meta name="twitter:title" content="${title}"><meta name="twitter:description" content="${description}">
<meta name="annotation-service" content="${input.annotationServiceUrl}">
<link rel="http://www.w3.org/ns/oa#annotationService" href="${input.annotationServiceUrl}">
<script src="${assets.script}" defer></script>
${input.claimReviews.length > 0 && html`<script type="application/ld+json">${jsonForScript(input.claimReviews)}</script>`}`;

  const published = formatDay(article.publishedAt, locale);
  return html`${head(locale, title, description, assets, meta)}
<body>
<a class="skip-link" href="#article">${t("page.skipLink")}</a>
<header class="site-header"><div class="wrap"><strong>${article.org.name}</strong> <span class="muted">· ${t("page.siteSuffix")}</span></div></header>
<main class="wrap page">
<p class="eyebrow">${t("page.eyebrow")}</p>
<h1${inArticleLanguage}>${article.title}</h1>
<p class="byline">${byline}${original && html`${byline ? " · " : ""}<a href="${original}" rel="noopener noreferrer nofollow">${t("page.original")}</a>`}</p>
<p class="byline">${published ? t("page.checkedByPublished", { organization: article.org.name, date: published }) : t("page.checkedBy", { organization: article.org.name })}</p>
<div class="layout">
<article id="article" class="article-text" aria-label="${t("page.articleLabel")}" tabindex="-1"${inArticleLanguage}>${renderReaderText(article.text, claims, verdictIndex, locale)}</article>
<aside class="summary" aria-labelledby="summary-heading"><div class="summary-box">
<h2 id="summary-heading">${t("page.claimsChecked", { count: claims.length })}</h2>
<p class="small muted">${t("page.filterHint")}</p>
<ul>${legend.map((l, i) => html`<li><button type="button" class="legend-item" aria-pressed="true" data-verdict-toggle="${i}"${l.description ? html` title="${l.description}"` : ""}><span class="dot" aria-hidden="true" style="background-color:${safeColour(l.colour)}"></span><span class="legend-label">${l.label}</span> <span class="count">${formatNumber(l.count, locale)}</span></button></li>`)}</ul>
</div></aside>
</div>
<section class="print-cards" aria-label="${t("page.cardsLabel")}"><h2>${t("page.cardsHeading")}</h2>${claims.map((claim) => renderClaimCard(claim, article.language, locale))}</section>
<footer class="page-footer"><p>${t("page.howWeCheck")} ${methodology ? html`<a href="${methodology}">${t("page.methodology")}</a>` : t("page.methodologyMissing")} · ${corrections ? html`<a href="${corrections}">${t("page.corrections")}</a>` : t("page.correctionsMissing")}</p></footer>
</main>
<dialog class="card-dialog" aria-labelledby="card-title" data-close-label="${t("page.close")}"></dialog>
</body></html>`.toString();
}

/** The 404 for a review that does not exist or is not published: says so, and nothing else. */
export function renderReaderNotFound(assets: ReaderAssets, locale: InterfaceLocale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "reader");
  return html`${head(locale, t("notFound.title"), t("notFound.description"), assets)}
<body><main class="wrap page"><p class="eyebrow">404</p><h1>${t("notFound.heading")}</h1>
<p class="byline">${t("notFound.body")}</p></main></body></html>`.toString();
}
