import type { TextPiece } from "@/lib/embed/collect-text";
import type { PiecePlan } from "@/lib/embed/place-claims";
import type { PublicReviewClaim } from "@/lib/embed/payload";
import { safeColour, tint } from "@/lib/vocabulary/verdict-colours";

/*
 * Highlights live in the publisher's DOM, so they carry only inline styles, set as !important so that the page's
 * own rules (even `* { ... !important }`) cannot restyle them, and they never add or read page classes. Custom
 * element names (fd-mark, fd-chip) match no selector a page already has for mark, span or button. Text keeps the
 * page's font and colour (inherit); the underline is a border, which does not change the line box height.
 * Text spacing (line height, letter and word spacing) is left overridable, without !important, so that readers'
 * spacing tools still work (WCAG 1.4.12).
 */
function style(el: HTMLElement, rules: Record<string, string>, spacing: Record<string, string> = {}) {
  for (const [name, value] of Object.entries(rules)) el.style.setProperty(name, value, "important");
  for (const [name, value] of Object.entries(spacing)) el.style.setProperty(name, value);
}

const MARK_STYLE = {
  display: "inline",
  margin: "0",
  padding: "0",
  color: "inherit",
  "font-family": "inherit",
  "font-size": "inherit",
  "font-weight": "inherit",
  "font-style": "inherit",
  "text-decoration": "inherit",
  "border-bottom": "2px solid",
  "box-decoration-break": "clone",
  "-webkit-box-decoration-break": "clone",
  cursor: "pointer",
};
const CHIP_STYLE = {
  display: "inline-block",
  margin: "0 0.3em",
  padding: "0 0.5em",
  border: "0",
  "border-radius": "999px",
  color: "#fff",
  font: "600 11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  "text-transform": "uppercase",
  "text-decoration": "none",
  "text-shadow": "none",
  "vertical-align": "baseline",
  "white-space": "nowrap",
  cursor: "pointer",
  "user-select": "none",
  "-webkit-user-select": "none",
  "box-shadow": "none",
  width: "auto",
  height: "auto",
  float: "none",
  position: "static",
  outline: "none",
};

export const shortQuote = (quote: string) => (quote.length > 80 ? `${quote.slice(0, 80)}…` : quote);

function createChip(
  claim: PublicReviewClaim,
  onOpen: (claim: PublicReviewClaim, opener: HTMLElement) => void,
): HTMLElement {
  const chip = document.createElement("fd-chip");
  chip.setAttribute("role", "button");
  chip.setAttribute("tabindex", "0");
  chip.setAttribute("aria-haspopup", "dialog");
  chip.setAttribute("aria-label", claim.chipLabel); // in the reader's language, from the server
  chip.setAttribute("data-claim", claim.id);
  chip.textContent = claim.verdict.label;
  const colour = safeColour(claim.verdict.colour);
  style(chip, { ...CHIP_STYLE, background: colour }, { "line-height": "18px", "letter-spacing": "0.02em" });
  // a visible focus ring even on pages that remove outlines (`:focus { outline: none }` cannot beat !important)
  chip.addEventListener("focus", () => style(chip, { outline: `2px solid ${colour}`, "outline-offset": "2px" }));
  chip.addEventListener("blur", () => style(chip, { outline: "none" }));
  chip.addEventListener("click", (event) => {
    event.preventDefault();
    onOpen(claim, chip);
  });
  chip.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault(); // Space would scroll the page
    onOpen(claim, chip);
  });
  return chip;
}

/**
 * Replaces each planned text node by its segments, wrapping claimed segments in <fd-mark>, and puts one chip
 * after the last mark of each claim. Returns the number of claims highlighted.
 */
export function applyHighlights(
  pieces: TextPiece[],
  pieceStarts: number[],
  plans: PiecePlan[],
  claims: Map<string, PublicReviewClaim>,
  onOpen: (claim: PublicReviewClaim, opener: HTMLElement) => void,
): number {
  const lastMark = new Map<string, HTMLElement>();
  for (const plan of plans) {
    const node = pieces[plan.piece].node;
    if (!node?.parentNode) continue;
    const base = pieceStarts[plan.piece];
    const fragment = document.createDocumentFragment();
    for (const segment of plan.segments) {
      // the node's own characters (the piece has its line breaks as spaces)
      const text = node.data.slice(segment.start - base, segment.end - base);
      const inner = claims.get(segment.ids[segment.ids.length - 1]);
      if (!inner) {
        fragment.append(text);
        continue;
      }
      const mark = document.createElement("fd-mark");
      mark.setAttribute("data-claim", segment.ids.join(" "));
      mark.textContent = text;
      const colour = safeColour(inner.verdict.colour);
      style(mark, { ...MARK_STYLE, background: tint(colour, 0.16), "border-bottom-color": colour });
      mark.addEventListener("click", () =>
        onOpen(inner, document.querySelector<HTMLElement>(`fd-chip[data-claim="${CSS.escape(inner.id)}"]`) ?? mark),
      );
      for (const id of segment.ids) lastMark.set(id, mark);
      fragment.append(mark);
    }
    node.parentNode.replaceChild(fragment, node);
  }
  for (const [id, mark] of lastMark) {
    const claim = claims.get(id);
    if (claim) mark.after(createChip(claim, onOpen));
  }
  return lastMark.size;
}
