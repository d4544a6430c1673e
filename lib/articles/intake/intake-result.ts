export type IntakeMeta = {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  canonicalUrl: string | null;
  /** The language the source declared (a page's lang), as a BCP 47 tag; null for pastes and uploads. */
  language: string | null;
};

export type IntakeResult = {
  /** Canonical plain text: one block per line, passed through normalizeText(). */
  text: string;
  /** Sanitized HTML when the source was HTML, Markdown or a URL; null for plain text. */
  html: string | null;
  meta: IntakeMeta;
};

export const EMPTY_META: IntakeMeta = {
  title: null,
  outlet: null,
  author: null,
  publishedAt: null,
  canonicalUrl: null,
  language: null,
};
