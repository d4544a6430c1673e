import type { PublicReviewClaim, PublicReviews } from "@/lib/embed/payload";
import { quoted } from "@/lib/embed/quote-marks";
import { h } from "./create-element";
import { shortQuote } from "./highlight";
import { OVERLAY_CSS } from "./overlay-styles";
import { renderCard, verdictPill } from "./render-card";

export type Overlay = { open: (claim: PublicReviewClaim, opener: HTMLElement) => void };

const FOCUSABLE = "a[href], button, summary, [tabindex]:not([tabindex='-1'])";

/**
 * One <factdesk-overlay> at the end of <body>, its shadow root holding the claim card (a modal dialog) and the
 * panel of claims we could not place on this page. The card follows the dialog pattern: labelled by its title,
 * focus moved in on open, kept in while open, given back to the chip on close; Escape and the backdrop close it.
 */
export function createOverlay(data: PublicReviews, unplaced: PublicReviewClaim[]): Overlay {
  const host = document.createElement("factdesk-overlay");
  const root = host.attachShadow({ mode: "open" });
  const { text, locale, direction } = data.interface;
  // the host resets everything it inherits (:host{all:initial}), so the card and the panel carry the reader's
  // language and direction themselves: logical CSS then puts them on the right side for Arabic readers
  const language = { lang: locale, dir: direction };
  const titleId = "fd-card-title";
  const backdrop = h("div", { class: "backdrop", hidden: "" });
  const card = h("div", {
    ...language,
    class: "fd-card",
    role: "dialog",
    "aria-modal": "true",
    "aria-labelledby": titleId,
    tabindex: "-1",
    hidden: "",
  });
  let opener: HTMLElement | null = null;

  const close = () => {
    if (card.hidden) return;
    card.hidden = true;
    backdrop.hidden = true;
    card.textContent = "";
    opener?.focus();
    opener = null;
  };

  const open = (claim: PublicReviewClaim, from: HTMLElement) => {
    opener = from;
    const closeButton = h("button", { type: "button", class: "close", "aria-label": text.close }, "✕");
    closeButton.addEventListener("click", close);
    card.textContent = "";
    card.append(
      h("div", { class: "head" }, verdictPill(claim), closeButton),
      renderCard(claim, text, titleId, data.article.language),
    );
    card.hidden = false;
    backdrop.hidden = false;
    card.scrollTop = 0;
    closeButton.focus();
  };

  card.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== "Tab") return;
    const focusable = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (!focusable.length) return;
    const [first, last] = [focusable[0], focusable[focusable.length - 1]];
    const active = root.activeElement;
    if (event.shiftKey && (active === first || active === card)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  });
  backdrop.addEventListener("click", close);

  adoptStyles(root);
  root.append(backdrop, card);
  if (unplaced.length) root.append(renderPanel(data, unplaced, open, language));
  document.body.append(host);
  return { open };
}

// A constructed stylesheet is not an inline <style>, so a publisher's strict CSP (style-src without
// 'unsafe-inline') does not block it; browsers without constructed stylesheets get the <style> element.
function adoptStyles(root: ShadowRoot) {
  if ("adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(h("style", {}, OVERLAY_CSS));
  }
}

// Claims the engine could not place stay visible and openable here, instead of being pinned to a guess.
function renderPanel(
  data: PublicReviews,
  unplaced: PublicReviewClaim[],
  open: Overlay["open"],
  language: { lang: string; dir: string },
): HTMLElement {
  const { text } = data.interface;
  const count = unplaced.length;
  const list = h(
    "ul",
    {},
    ...unplaced.map((claim) => {
      const button = h(
        "button",
        { type: "button", "aria-haspopup": "dialog" },
        verdictPill(claim),
        h(
          "span",
          { class: "quote", lang: data.article.language ?? undefined, dir: "auto" },
          quoted(shortQuote(claim.quote), data.article.language),
        ),
      );
      button.addEventListener("click", () => open(claim, button));
      return h("li", {}, button);
    }),
  );
  return h(
    "section",
    { ...language, class: "panel", "aria-label": text.panelLabel },
    h(
      "details",
      {},
      h("summary", {}, text.unplaced[count] ?? text.unplaced[text.unplaced.length - 1]),
      list,
      h("p", {}, h("a", { href: data.article.readerUrl, target: "_blank", rel: "noopener noreferrer" }, text.seeAll)),
    ),
  );
}
