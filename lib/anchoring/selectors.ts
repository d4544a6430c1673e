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
  /**
   * FactDesk's own addition, not W3C (exports never carry it): how many times `exact` stood in the text the selector
   * was described on, 1 when the words were unique there. Absent (an imported or hand-made selector): unknown, taken
   * as unique. A quote that was repeated cannot later be recognised by its words alone (policy.ts, tiers 3-6).
   */
  occurrences?: number;
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
