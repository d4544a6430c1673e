import type { ReportCitation, ReportClaimState, ReportExpert, ReportScale } from "@/lib/export/report-model";

// Human wording shared by the Markdown and PDF reports, so both read alike.

const STATE_LABELS: Record<ReportClaimState, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  CORRECTED: "Published, corrected",
  NEEDS_REANCHOR: "Needs re-anchoring after an article edit",
};

export function describeClaimState(state: ReportClaimState): string {
  return STATE_LABELS[state];
}

/** "2025-03-07" stays a date; timestamps become "2025-03-07 12:00 UTC" so every reader sees the same clock. */
export function formatDisplayDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function describeExpert(expert: ReportExpert): string {
  return [expert.name, expert.title, expert.affiliation].filter((part) => part && part.trim()).join(", ");
}

const CITATION_KIND_LABELS: Record<ReportCitation["kind"], string> = {
  EXPERT_QUOTE: "Expert",
  DOCUMENT: "Document",
  DATASET: "Dataset",
  OFFICIAL_STATEMENT: "Official statement",
  NEWS_REPORT: "News report",
  OTHER: "Source",
};

export function describeCitationKind(kind: ReportCitation["kind"]): string {
  return CITATION_KIND_LABELS[kind];
}

/** Title and publisher of a non-expert source, e.g. "Treaty text (Ministry of Foreign Affairs)". */
export function describeSource(citation: ReportCitation): string {
  const title = citation.sourceTitle?.trim() || citation.url || "Untitled source";
  const publisher = citation.publisher?.trim();
  return publisher ? `${title} (${publisher})` : title;
}

/** "said 2025-03-07, Interview with Kyodo News, accessed ..." — documents are "dated", people "said". */
export function describeCitationDates(citation: ReportCitation): string {
  const spoken = citation.expert !== null || citation.kind === "EXPERT_QUOTE" || citation.kind === "OFFICIAL_STATEMENT";
  return [
    citation.saidAt ? `${spoken ? "said" : "dated"} ${formatDisplayDate(citation.saidAt)}` : null,
    citation.saidWhere?.trim() || null,
    citation.accessedAt ? `accessed ${formatDisplayDate(citation.accessedAt)}` : null,
  ]
    .filter(Boolean)
    .join(", ");
}

export function findScaleRange(scale: ReportScale): { worst: number; best: number } {
  const values = scale.options.map((option) => option.value);
  return { worst: Math.min(...values), best: Math.max(...values) };
}
