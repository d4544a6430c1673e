import { safeColour } from "@/lib/vocabulary/verdict-colours";
import { html, jsonForScript, type SafeHtml } from "@/lib/http/html";
import type { LegendEntry, ReaderClaim } from "../reader-claim";
import { formatDay, languageAttributes, renderClaimCard } from "./claim-card";
import { renderReaderText } from "./reader-text";

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
};

/** Where the page's two static files are (with a content hash, see scripts/build-embed.mjs). */
export type ReaderAssets = { stylesheet: string; script: string };

const webUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

function head(title: string, description: string, assets: ReaderAssets, extra: SafeHtml | string = ""): SafeHtml {
  return html`<!doctype html>
<html lang="en"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · FactDesk</title>
<meta name="description" content="${description}">
<link rel="stylesheet" href="${assets.stylesheet}">
${extra}
</head>`;
}

function summary(input: ReaderDocumentInput): string {
  const { claims, legend, article } = input;
  return `${claims.length} claims fact-checked by ${article.org.name}: ${legend.map((l) => `${l.count} ${l.label}`).join(", ")}.`;
}

/**
 * Pure: the public reader page as one HTML document. No framework runtime ships with it: a ~3 KB script
 * (reader/factdesk-reader.ts) opens the cards in a native modal <dialog>, follows deep links and filters verdicts.
 */
export function renderReaderDocument(input: ReaderDocumentInput, assets: ReaderAssets): string {
  const { article, claims, legend } = input;
  const title = `Fact-check: ${article.title}`;
  const description = summary(input);
  const verdictIndex = new Map(legend.map((l, i) => [l.label, i]));
  const byline = [article.outlet, article.author && `by ${article.author}`, formatDay(article.originalPublishedAt)]
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

  return html`${head(title, description, assets, meta)}
<body>
<a class="skip-link" href="#article">Skip to the article</a>
<header class="site-header"><div class="wrap"><strong>${article.org.name}</strong> <span class="muted">· Fact-check</span></div></header>
<main class="wrap page">
<p class="eyebrow">Fact-checked article</p>
<h1${inArticleLanguage}>${article.title}</h1>
<p class="byline">${byline}${original && html`${byline ? " · " : ""}<a href="${original}" rel="noopener noreferrer nofollow">Original article</a>`}</p>
<p class="byline">Checked by ${article.org.name}${article.publishedAt && `, published ${formatDay(article.publishedAt)}`}.</p>
<div class="layout">
<article id="article" class="article-text" aria-label="Article with fact-checks" tabindex="-1"${inArticleLanguage}>${renderReaderText(article.text, claims, verdictIndex)}</article>
<aside class="summary" aria-labelledby="summary-heading"><div class="summary-box">
<h2 id="summary-heading">${claims.length} ${claims.length === 1 ? "claim" : "claims"} checked</h2>
<p class="small muted">Select a verdict to show or hide its highlights.</p>
<ul>${legend.map((l, i) => html`<li><button type="button" class="legend-item" aria-pressed="true" data-verdict-toggle="${i}"${l.description ? html` title="${l.description}"` : ""}><span class="dot" aria-hidden="true" style="background-color:${safeColour(l.colour)}"></span><span class="legend-label">${l.label}</span> <span class="count">${l.count}</span></button></li>`)}</ul>
</div></aside>
</div>
<section class="print-cards" aria-label="The fact-checks in full"><h2>The fact-checks</h2>${claims.map((claim) => renderClaimCard(claim, article.language))}</section>
<footer class="page-footer"><p>How we check: ${methodology ? html`<a href="${methodology}">our methodology</a>` : "methodology not published"} · ${corrections ? html`<a href="${corrections}">corrections policy</a>` : "corrections policy not published"}</p></footer>
</main>
<dialog class="card-dialog" aria-labelledby="card-title"></dialog>
</body></html>`.toString();
}

/** The 404 for a review that does not exist or is not published: says so, and nothing else. */
export function renderReaderNotFound(assets: ReaderAssets): string {
  return html`${head("Fact-check not found", "This fact-check does not exist or is not published.", assets)}
<body><main class="wrap page"><p class="eyebrow">404</p><h1>This fact-check is not published</h1>
<p class="byline">The link may be wrong, or the review has not been published yet.</p></main></body></html>`.toString();
}
