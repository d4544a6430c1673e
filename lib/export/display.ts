import type { ReportCitation, ReportExpert, ReportScale } from "@/lib/export/report-model";
import { formatReportDate } from "@/lib/i18n/format";

// Human wording shared by the Markdown and PDF reports, so both read alike. State and citation-kind labels and the
// date format are the desk's own (lib/vocabulary), re-exported for the formatters.
export { describeClaimState } from "@/lib/vocabulary/claim-states";
export { describeCitationKind } from "@/lib/vocabulary/citation-kinds";
export { formatReportDate as formatDisplayDate } from "@/lib/i18n/format";

export function describeExpert(expert: ReportExpert): string {
  return [expert.name, expert.title, expert.affiliation].filter((part) => part && part.trim()).join(", ");
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
    citation.saidAt ? `${spoken ? "said" : "dated"} ${formatReportDate(citation.saidAt)}` : null,
    citation.saidWhere?.trim() || null,
    citation.accessedAt ? `accessed ${formatReportDate(citation.accessedAt)}` : null,
  ]
    .filter(Boolean)
    .join(", ");
}

export function findScaleRange(scale: ReportScale): { worst: number; best: number } {
  const values = scale.options.map((option) => option.value);
  return { worst: Math.min(...values), best: Math.max(...values) };
}
