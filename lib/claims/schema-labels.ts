// Browser-safe labels for citation kinds (the zod schema stays on the server side of imports).
export const CITATION_KIND_LABELS = {
  EXPERT_QUOTE: "Expert quote", DOCUMENT: "Document", DATASET: "Dataset", OFFICIAL_STATEMENT: "Official statement", NEWS_REPORT: "News report", OTHER: "Other",
} as const;
