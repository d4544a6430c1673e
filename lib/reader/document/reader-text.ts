import { safeColour } from "@/lib/vocabulary/verdict-colours";
import { html, type SafeHtml } from "@/lib/http/html";
import { segmentBlock, sortRanges, splitBlocks } from "@/lib/highlight/segments";
import type { ReaderClaim } from "../reader-claim";
import { DEFAULT_LOCALE, type InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { highlightStyle } from "./highlight-style";

export const chipLabel = (c: ReaderClaim, locale: InterfaceLocale = DEFAULT_LOCALE) =>
  translatorFor(locale, "reader")("chip.label", {
    quote: c.quote.length > 80 ? `${c.quote.slice(0, 80)}…` : c.quote,
    verdict: c.verdict.label,
  });

const markStyle = (colour: string, depth: number) => {
  const { background, shadow } = highlightStyle(colour, depth);
  return `background-color:${background};box-shadow:${shadow}`;
};

/**
 * Pure: the article text with every claim highlighted, in the HTML from the first byte (no layout shift). Nested and
 * overlapping claims become flat <mark> runs listing every claim they belong to; each claim ends with a verdict chip,
 * a real button carrying the label, so colour is never the only signal and Tab follows reading order.
 * `verdictIndex` numbers the legend's verdicts: the page script filters highlights by it.
 */
export function renderReaderText(
  text: string,
  claims: ReaderClaim[],
  verdictIndex: Map<string, number>,
  locale: InterfaceLocale = DEFAULT_LOCALE,
): SafeHtml {
  const sorted = sortRanges(claims);
  const byId = new Map(claims.map((c) => [c.id, c]));
  return html`${splitBlocks(text).map((block) => {
    const segments = segmentBlock(block, sorted);
    return html`<p data-block-start="${block.start}" dir="auto">${segments.map((s) => {
      const inner = s.ids.length ? byId.get(s.ids[s.ids.length - 1]) : undefined;
      // a claim's chip follows its last character (a claim ending on the line break ends with its block)
      const chips = sorted.filter(
        (c) => c.end > block.start && c.end <= block.end + 1 && Math.min(c.end, block.end) === s.end,
      );
      const segment = inner
        ? html`<mark data-claim-ids="${s.ids.join(" ")}" data-open-claim="${inner.id}" style="${markStyle(safeColour(inner.verdict.colour), s.ids.length)}">${s.text}</mark>`
        : s.text;
      return html`${segment}${chips.map((c) => html`<button type="button" class="verdict-chip" id="claim-${c.id}" data-open-claim="${c.id}" data-verdict="${verdictIndex.get(c.verdict.label) ?? 0}" aria-haspopup="dialog" aria-label="${chipLabel(c, locale)}" style="background-color:${safeColour(c.verdict.colour)}"><span aria-hidden="true">✓</span>${c.verdict.label}</button>`)}`;
    })}</p>`;
  })}`;
}
