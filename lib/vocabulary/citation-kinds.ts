// What kind of evidence a citation is, with the one wording the desk, the reader page, the embed and the exports use.
export const CITATION_KINDS = [
  "EXPERT_QUOTE",
  "DOCUMENT",
  "DATASET",
  "OFFICIAL_STATEMENT",
  "NEWS_REPORT",
  "OTHER",
] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

export const CITATION_KIND_LABELS: Record<CitationKind, string> = {
  EXPERT_QUOTE: "Expert quote",
  DOCUMENT: "Document",
  DATASET: "Dataset",
  OFFICIAL_STATEMENT: "Official statement",
  NEWS_REPORT: "News report",
  OTHER: "Other source",
};

const isCitationKind = (kind: unknown): kind is CitationKind => (CITATION_KINDS as readonly unknown[]).includes(kind);

/** The label of a kind; anything else (a payload from an older embed, a hand-edited import) reads "Source". */
export function describeCitationKind(kind: unknown): string {
  return isCitationKind(kind) ? CITATION_KIND_LABELS[kind] : "Source";
}
