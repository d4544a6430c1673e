import { CITATION_KIND_LABELS } from "@/lib/vocabulary/citation-kinds";
import { safeColour } from "@/lib/vocabulary/verdict-colours";
import { html, trustedHtml, type SafeHtml } from "@/lib/http/html";
import type { PublishedCitation } from "@/lib/publishing/snapshot";
import type { ReaderClaim } from "../reader-claim";
import { textDirection, toArticleLanguage } from "@/lib/vocabulary/languages";
import { formatDate } from "@/lib/i18n/format";

export const formatDay = (iso: string | Date | null) => (iso ? formatDate(iso, "long") : null);

// Only web addresses become links; anything else stays text.
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);
const link = (url: string, text: string) =>
  isWebUrl(url) ? html`<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">${text}</a>` : html`${text}`;

function citation(c: PublishedCitation): SafeHtml {
  const who = c.expert && [c.expert.title, c.expert.affiliation].filter(Boolean).join(", ");
  const when = [c.saidWhere, formatDay(c.saidAt), c.accessedAt && `accessed ${formatDay(c.accessedAt)}`]
    .filter(Boolean)
    .join(" · ");
  return html`<li class="citation">
<p class="kind">${CITATION_KIND_LABELS[c.kind]}</p>
${c.expert && html`<p><strong>${c.expert.name}</strong>${who && `, ${who}`}</p>`}
${c.quote && html`<blockquote>“${c.quote}”</blockquote>`}
${(c.sourceTitle || c.url) && html`<p>${c.url ? link(c.url, c.sourceTitle || c.url) : c.sourceTitle}${c.publisher && html`<span class="muted"> — ${c.publisher}</span>`}</p>`}
${when && html`<p class="small muted">${when}</p>`}
</li>`;
}

/**
 * Pure: everything a reader may know about one checked claim. Rendered once per claim in a print-only list; the
 * page script copies it into the dialog, which gives the title its id (copies must not repeat ids).
 */
/**
 * ` lang="ar" dir="rtl"` for text in the article's language (nothing when it is not set): browsers then pick the right
 * fonts, hyphenation and screen-reader voice, and lay right-to-left text out from the right.
 */
export function languageAttributes(language: string | null): SafeHtml {
  const tag = toArticleLanguage(language);
  return tag ? html` lang="${tag}" dir="${textDirection(tag)}"` : html``;
}

export function renderClaimCard(claim: ReaderClaim, language: string | null = null): SafeHtml {
  const meta = [claim.claimant && `Claim by ${claim.claimant}`, formatDay(claim.claimDate), claim.claimContext]
    .filter(Boolean)
    .join(" · ");
  const checked = `Checked ${formatDay(claim.checkedAt)}${claim.reviewers.length ? ` by ${claim.reviewers.join(", ")}` : ""}${claim.approvers.length ? `; approved by ${claim.approvers.join(", ")}` : ""}.`;
  return html`<article class="claim-card" data-card="${claim.id}">
<p class="pill" style="background-color:${safeColour(claim.verdict.colour)}"><span aria-hidden="true">✓</span>${claim.verdict.label}</p>
<h3 class="card-title"${languageAttributes(language)}>“${claim.quote}”</h3>
<p class="muted">${meta || "Claim in this article"}</p>
${claim.verdict.description && html`<p><strong>${claim.verdict.label}:</strong> ${claim.verdict.description}</p>`}
<section><h4>Why</h4><div class="rationale">${trustedHtml(claim.rationaleHtml)}</div></section>
${claim.citations.length > 0 && html`<section><h4>Evidence</h4><ul class="citations">${claim.citations.map(citation)}</ul></section>`}
${claim.corrections.length > 0 && html`<section class="correction"><h4>Correction</h4><ul>${claim.corrections.map((c) => html`<li><span class="muted">${formatDay(c.at)}:</span> ${c.note}</li>`)}</ul></section>`}
<p class="checked">${checked}</p>
</article>`;
}
