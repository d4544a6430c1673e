/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors),
 * as stored with every claim. Offsets are UTF-16 code unit offsets into the
 * article's canonical text (see normalizeText), half-open: [start, end).
 */

export type TextQuoteSelector = {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
};

export type TextPositionSelector = {
  type: "TextPositionSelector";
  start: number;
  end: number;
};

export type Selector = TextQuoteSelector | TextPositionSelector;

export type AnchorCandidate = { start: number; end: number; score: number };

export type AnchorResult =
  | { status: "anchored"; start: number; end: number; score: number }
  | { status: "orphaned" }
  | { status: "ambiguous"; candidates: AnchorCandidate[] };
