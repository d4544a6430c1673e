import { safeColour } from "@/lib/vocabulary/verdict-colours";

import { html, trustedHtml, type SafeHtml } from "@/lib/http/html";
import type { PublishedCitation } from "@/lib/publishing/snapshot";
import type { ReaderClaim } from "../reader-claim";
import { textDirection, toArticleLanguage } from "@/lib/vocabulary/languages";
import { formatDate } from "@/lib/i18n/format";
import { quoted } from "@/lib/embed/quote-marks";
import { DEFAULT_LOCALE, type InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { citationKindKey, joinNames } from "../reader-language";

/** A day in the reader's language ("6 March 2025", "6 de marzo de 2025", "6 مارس 2025"). */
export const formatDay = (iso: string | Date | null, locale: InterfaceLocale = DEFAULT_LOCALE) =>
  iso ? formatDate(iso, "long", { locale }) : null;

// Only web addresses become links; anything else stays text.
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);
const link = (url: string, text: string) =>
  isWebUrl(url) ? html`<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">${text}</a>` : html`${text}`;

function citation(c: PublishedCitation, locale: InterfaceLocale): SafeHtml {
  const t = translatorFor(locale, "reader");
  const kinds = translatorFor(locale, "vocabulary");
  const who = c.expert && [c.expert.title, c.expert.affiliation].filter(Boolean).join(", ");
  const when = [
    c.saidWhere,
    formatDay(c.saidAt, locale),
    c.accessedAt && t("card.accessed", { date: formatDay(c.accessedAt, locale) ?? "" }),
  ]
    .filter(Boolean)
    .join(" · ");
  return html`<li class="citation">
<p class="kind">${kinds(`citationKind.${citationKindKey(c.kind)}`)}</p>
${c.expert && html`<p><strong>${c.expert.name}</strong>${who && `, ${who}`}</p>`}
${c.quote && html`<blockquote>“${c.quote}”</blockquote>`}
${(c.sourceTitle || c.url) && html`<p>${c.url ? link(c.url, c.sourceTitle || c.url) : c.sourceTitle}${c.publisher && html`<span class="muted"> — ${c.publisher}</span>`}</p>`}
${when && html`<p class="small muted">${when}</p>`}
</li>`;
}

/**
 * ` lang="ar" dir="rtl"` for text in the article's language (nothing when it is not set): browsers then pick the right
 * fonts, hyphenation and screen-reader voice, and lay right-to-left text out from the right.
 */
export function languageAttributes(language: string | null): SafeHtml {
  const tag = toArticleLanguage(language);
  return tag ? html` lang="${tag}" dir="${textDirection(tag)}"` : html``;
}

function checkedLine(claim: ReaderClaim, locale: InterfaceLocale): string {
  const t = translatorFor(locale, "reader");
  const date = formatDay(claim.checkedAt, locale) ?? "";
  const reviewers = joinNames(claim.reviewers, locale);
  const approvers = joinNames(claim.approvers, locale);
  if (claim.reviewers.length && claim.approvers.length)
    return t("card.checkedByApproved", { date, reviewers, approvers });
  if (claim.reviewers.length) return t("card.checkedBy", { date, reviewers });
  if (claim.approvers.length) return t("card.checkedApproved", { date, approvers });
  return t("card.checked", { date });
}

// The card's fixed words, once per language (the page renders up to hundreds of cards).
const fixedWords = new Map<InterfaceLocale, Record<"why" | "evidence" | "correction" | "inThisArticle", string>>();
function cardWords(locale: InterfaceLocale) {
  let words = fixedWords.get(locale);
  if (!words) {
    const t = translatorFor(locale, "reader");
    words = {
      why: t("card.why"),
      evidence: t("card.evidence"),
      correction: t("card.correction"),
      inThisArticle: t("card.inThisArticle"),
    };
    fixedWords.set(locale, words);
  }
  return words;
}

/**
 * Pure: everything a reader may know about one checked claim, its words in the reader's interface language and its
 * quote in the article's. Rendered once per claim in a print-only list; the page script copies it into the dialog,
 * which gives the title its id (copies must not repeat ids).
 */
export function renderClaimCard(
  claim: ReaderClaim,
  language: string | null = null,
  locale: InterfaceLocale = DEFAULT_LOCALE,
): SafeHtml {
  const t = translatorFor(locale, "reader");
  const words = cardWords(locale);
  const meta = [
    claim.claimant && t("card.claimBy", { claimant: claim.claimant }),
    formatDay(claim.claimDate, locale),
    claim.claimContext,
  ]
    .filter(Boolean)
    .join(" · ");
  return html`<article class="claim-card" data-card="${claim.id}">
<p class="pill" style="background-color:${safeColour(claim.verdict.colour)}"><span aria-hidden="true">✓</span>${claim.verdict.label}</p>
<h3 class="card-title"${languageAttributes(language)}>${quoted(claim.quote, language)}</h3>
<p class="muted">${meta || words.inThisArticle}</p>
${claim.verdict.description && html`<p><strong>${claim.verdict.label}:</strong> ${claim.verdict.description}</p>`}
<section><h4>${words.why}</h4><div class="rationale">${trustedHtml(claim.rationaleHtml)}</div></section>
${claim.citations.length > 0 && html`<section><h4>${words.evidence}</h4><ul class="citations">${claim.citations.map((c) => citation(c, locale))}</ul></section>`}
${claim.corrections.length > 0 && html`<section class="correction"><h4>${words.correction}</h4><ul>${claim.corrections.map((c) => html`<li><span class="muted">${formatDay(c.at, locale)}:</span> ${c.note}</li>`)}</ul></section>`}
<p class="checked">${checkedLine(claim, locale)}</p>
</article>`;
}
