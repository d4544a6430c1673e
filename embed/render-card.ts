import type { EmbedText, PublicReviewCitation, PublicReviewClaim } from "@/lib/embed/payload";
import { quoted } from "@/lib/embed/quote-marks";
import { safeColour } from "@/lib/vocabulary/verdict-colours";
import { h } from "./create-element";

export function verdictPill(claim: Pick<PublicReviewClaim, "verdict">): HTMLElement {
  const pill = h("span", { class: "pill" }, claim.verdict.label);
  pill.style.background = safeColour(claim.verdict.colour);
  return pill;
}

const externalLink = (href: string, text: string) => {
  // only web addresses become links; anything else (javascript:, data:) stays text
  if (!/^https?:\/\//i.test(href)) return text;
  return h("a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, text);
};

// every word comes from the payload, in the reader's language (lib/embed/payload.ts)
function renderCitation(c: PublicReviewCitation, text: EmbedText): HTMLElement {
  const who = c.expert && [c.expert.title, c.expert.affiliation].filter(Boolean).join(", ");
  const source = c.sourceTitle || c.url;
  return h(
    "li",
    { class: "citation" },
    h("p", { class: "kind" }, text.citationKinds[c.kind] ?? text.citationKinds.unknown),
    c.expert && h("p", {}, h("strong", {}, c.expert.name), who ? `, ${who}` : ""),
    c.quote && h("blockquote", {}, `“${c.quote}”`),
    source &&
      h(
        "p",
        {},
        c.url ? externalLink(c.url, source) : source,
        c.publisher ? h("span", { class: "muted" }, ` — ${c.publisher}`) : "",
      ),
  );
}

/**
 * The card's content for one claim: verdict, the claim, why, the evidence, and the way to the full fact-check.
 * `language` is the article's: the quote is in it (dir=auto lays it out in its own direction); the card's own words
 * are in the reader's interface language.
 */
export function renderCard(
  claim: PublicReviewClaim,
  text: EmbedText,
  titleId: string,
  language: string | null = null,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const why = h("div", { class: "why" });
  // sanitized on the server (lib/reader/render-rationale.ts) and confined to our shadow root
  why.innerHTML = claim.rationaleHtml;
  fragment.append(
    h("h2", { id: titleId, lang: language ?? undefined, dir: "auto" }, quoted(claim.quote, language)),
    h("p", { class: "muted" }, claim.meta),
    h(
      "p",
      {},
      h("strong", {}, `${claim.verdict.label}${claim.verdict.description ? ":" : ""}`),
      claim.verdict.description ? ` ${claim.verdict.description}` : "",
    ),
    h("section", {}, h("h3", {}, text.why), why),
  );
  if (claim.citations.length)
    fragment.append(
      h("section", {}, h("h3", {}, text.evidence), h("ul", {}, ...claim.citations.map((c) => renderCitation(c, text)))),
    );
  fragment.append(h("p", { class: "foot" }, externalLink(claim.readerUrl, text.readFull)));
  return fragment;
}
