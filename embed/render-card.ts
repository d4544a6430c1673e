import type { PublicReviewCitation, PublicReviewClaim } from "@/lib/embed/payload";
import { describeCitationKind } from "@/lib/vocabulary/citation-kinds";
import { formatDate } from "@/lib/i18n/format";
import { safeColour } from "@/lib/vocabulary/verdict-colours";
import { h } from "./create-element";

const formatDay = (iso: string | null): string | null =>
  iso && !Number.isNaN(Date.parse(iso)) ? formatDate(iso, "long") : null;

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

function renderCitation(c: PublicReviewCitation): HTMLElement {
  const who = c.expert && [c.expert.title, c.expert.affiliation].filter(Boolean).join(", ");
  const source = c.sourceTitle || c.url;
  return h(
    "li",
    { class: "citation" },
    h("p", { class: "kind" }, describeCitationKind(c.kind)),
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

/** The card's content for one claim: verdict, the claim, why, the evidence, and the way to the full fact-check. */
/** `language` is the article's: the quote is in it (dir=auto lays it out in its own direction). */
export function renderCard(
  claim: PublicReviewClaim,
  organization: string,
  titleId: string,
  language: string | null = null,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const meta = [claim.claimant && `Claim by ${claim.claimant}`, formatDay(claim.claimDate)].filter(Boolean).join(" · ");
  const why = h("div", { class: "why" });
  // sanitized on the server (lib/reader/render-rationale.ts) and confined to our shadow root
  why.innerHTML = claim.rationaleHtml;
  fragment.append(
    h("h2", { id: titleId, lang: language ?? undefined, dir: "auto" }, `“${claim.quote}”`),
    h("p", { class: "muted" }, meta || "Claim in this article"),
    h(
      "p",
      {},
      h("strong", {}, `${claim.verdict.label}${claim.verdict.description ? ":" : ""}`),
      claim.verdict.description ? ` ${claim.verdict.description}` : "",
    ),
    h("section", {}, h("h3", {}, "Why"), why),
  );
  if (claim.citations.length)
    fragment.append(h("section", {}, h("h3", {}, "Evidence"), h("ul", {}, ...claim.citations.map(renderCitation))));
  fragment.append(
    h("p", { class: "foot" }, externalLink(claim.readerUrl, `Read the full fact-check by ${organization}`)),
  );
  return fragment;
}
