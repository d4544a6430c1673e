/**
 * FactDesk publisher embed: highlights our published fact-checks on the publisher's own article page.
 *
 *   <script src="https://factdesk.example/embed/factdesk.js" data-factdesk-org="<organization>"
 *     data-factdesk-article="<article id>" async></script>
 *
 * data-factdesk-org names the organization whose checks this page shows (only its checks, and only on the sites
 * its admins listed under Settings → Embed). Without data-factdesk-article the page is looked up by its
 * <link rel="canonical"> (else its address). The data comes from the public endpoint on the script's own origin
 * (published snapshots only). Built into public/embed/factdesk.js by scripts/build-embed.mjs.
 */
import { collectTextPieces, findArticleRoot } from "@/lib/embed/collect-text";
import type { PublicReviewClaim, PublicReviews } from "@/lib/embed/payload";
import { placeClaims, planHighlights } from "@/lib/embed/place-claims";
import { mapNormalizedText } from "@/lib/embed/text-map";
import { applyHighlights } from "./highlight";
import { createOverlay } from "./overlay";

const LOADED = "__factdeskEmbed";

function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="/embed/factdesk.js"]');
}

function lookupQuery(script: HTMLScriptElement): string {
  const org = `org=${encodeURIComponent(script.getAttribute("data-factdesk-org") ?? "")}`;
  const articleId = script.getAttribute("data-factdesk-article");
  if (articleId) return `${org}&id=${encodeURIComponent(articleId)}`;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
  return `${org}&url=${encodeURIComponent(canonical || location.href)}`;
}

function isCssHidden(el: Element): boolean {
  return getComputedStyle(el).display === "none";
}

function render(data: PublicReviews) {
  const pieces = collectTextPieces(findArticleRoot(document), { isHidden: isCssHidden });
  const mapped = mapNormalizedText(pieces.map((p) => p.text));
  const { placed, unplaced } = placeClaims(mapped, data.claims);
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  const overlay = createOverlay(
    data,
    unplaced.map((u) => byId.get(u.id)).filter((c): c is PublicReviewClaim => !!c),
  );
  applyHighlights(pieces, mapped.pieceStarts, planHighlights(pieces, mapped.pieceStarts, placed), byId, overlay.open);
}

function start() {
  const w = window as unknown as Record<string, boolean>;
  const script = findOwnScript();
  if (w[LOADED] || !script?.src) return;
  w[LOADED] = true;
  const endpoint = new URL(`/api/public/reviews?${lookupQuery(script)}`, script.src);
  // the request starts at once; the page is read only when its DOM is complete
  // A site that is not on the organization's embed domains gets no CORS answer at all, so the fetch itself fails:
  // the page shows nothing, and its developer gets one hint in the console.
  const data = fetch(endpoint.href, { credentials: "omit" })
    .then((r) => (r.ok ? (r.json() as Promise<PublicReviews>) : null))
    .catch(() => {
      console.warn(
        "FactDesk embed: no answer. Does the snippet name data-factdesk-org, and is this site on that organization's embed domains?",
      );
      return null;
    });
  const whenReady = new Promise<void>((resolve) => {
    if (document.readyState === "loading")
      document.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
    else resolve();
  });
  Promise.all([data, whenReady])
    .then(([reviews]) => {
      // an answer without the interface texts comes from an older server: nothing to say the cards' words with
      if (reviews?.interface?.text && Array.isArray(reviews.claims) && reviews.claims.length) render(reviews);
    })
    .catch((error: unknown) => console.warn("FactDesk embed:", error));
}

start();
