import { anchorSelectors } from "@/lib/anchoring/anchor";
import type { Selector, TextQuoteSelector } from "@/lib/anchoring/selectors";
import type { ImportedAnnotation } from "@/lib/export/web-annotation-import";
import { toUtf16Offset } from "@/lib/export/text-offsets";

// Pure: where an annotation sent by an outside client stands in our article text, and what of it the desk keeps.

export type IncomingAnchor =
  { status: "anchored"; start: number; end: number } | { status: "orphaned" } | { status: "ambiguous"; count: number };

/**
 * Our article text is normalised (lib/anchoring/normalize.ts); a quote copied from a web page may carry NBSPs,
 * CRLFs or decomposed accents. The same folding is applied, except trimming: a context's edge spaces are what
 * makes it touch the quote.
 */
export function normalizeQuoteText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n|[\r\u0085\u2028\u2029]/g, "\n")
    .replace(/[^\S\n]+/g, " ");
}

function findOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Anchors an incoming TextQuoteSelector (with its TextPositionSelector, in code points, as a hint) in `text`.
 *
 * anchorSelectors is built to re-find our own claims after an edit, so it insists on intact prefix and suffix.
 * Outside clients often send a bare quote: it has no context to lose, and when those exact words stand once in
 * the text, or exactly at the position given, there is nothing to confuse them with. Anything else that the
 * policy does not anchor is refused rather than guessed (a wrong claim is worse than a 422).
 */
export function anchorIncoming(text: string, imported: Pick<ImportedAnnotation, "quote" | "position">): IncomingAnchor {
  const quote: TextQuoteSelector = {
    type: "TextQuoteSelector",
    exact: normalizeQuoteText(imported.quote.exact),
    prefix: normalizeQuoteText(imported.quote.prefix),
    suffix: normalizeQuoteText(imported.quote.suffix),
  };
  if (!quote.exact.trim()) return { status: "orphaned" };
  const hint = imported.position && {
    start: toUtf16Offset(text, imported.position.start),
    end: toUtf16Offset(text, imported.position.end),
  };
  const selectors: Selector[] = hint ? [quote, { type: "TextPositionSelector", ...hint }] : [quote];
  const result = anchorSelectors(text, selectors);
  if (result.status === "anchored") return { status: "anchored", start: result.start, end: result.end };

  const occurrences = findOccurrences(text, quote.exact);
  const at = occurrences.length === 1 ? occurrences[0] : hint && occurrences.includes(hint.start) ? hint.start : null;
  if (at !== null) return { status: "anchored", start: at, end: at + quote.exact.length };
  if (occurrences.length > 1) return { status: "ambiguous", count: occurrences.length };
  if (result.status === "ambiguous") return { status: "ambiguous", count: result.candidates.length };
  return { status: "orphaned" };
}

/** A clear 422 message for a quote that could not be placed. */
export function describeAnchorFailure(anchor: Exclude<IncomingAnchor, { status: "anchored" }>): string {
  if (anchor.status === "ambiguous") {
    return `The quote (target.selector TextQuoteSelector.exact) matches ${anchor.count} places in the article; add its prefix and suffix, or a TextPositionSelector, so it can be told apart.`;
  }
  return "The quote (target.selector TextQuoteSelector.exact) was not found in the article's current text; check that it is copied exactly from this article.";
}

/** The annotation's bodies as one reviewer comment (plain text), or null when it has none. */
export function describeIncomingBodies(
  imported: Pick<ImportedAnnotation, "texts" | "links">,
  heading: string,
): string | null {
  const texts = imported.texts.map((t) => t.value.trim()).filter(Boolean);
  const links = imported.links.map((l) => `- ${l.url}`);
  if (texts.length === 0 && links.length === 0) return null;
  return [heading, ...texts, ...(links.length ? [`Links:\n${links.join("\n")}`] : [])].join("\n\n");
}

/** A PUT's replacement as a reviewer comment: the quote it points at, then its bodies. */
export function describeReplacement(
  imported: Pick<ImportedAnnotation, "quote" | "texts" | "links">,
  tokenName: string,
): string {
  const heading = `Replacement proposed through the API (token “${tokenName}”) for the quote “${imported.quote.exact}”.`;
  return describeIncomingBodies(imported, heading) ?? heading;
}
