import type { ReportClaim, ReviewReport } from "@/lib/export/report-model";

// One row per claim for spreadsheets. RFC 4180: CRLF line ends, fields quoted
// when they hold a comma, quote or line break, quotes doubled.

export const CSV_COLUMNS = [
  "claim_id",
  "start",
  "end",
  "quote",
  "claimant",
  "claim_date",
  "state",
  "verdict",
  "verdict_value",
  "rationale",
  "citations",
  "experts",
  "sources",
  "reviewers",
  "approvers",
  "published_at",
] as const;

type CsvCell = string | number | null;

/**
 * Spreadsheets run cells that start with = + - @ (and tab or CR, which some
 * strip first) as formulas: a claimant like =HYPERLINK(...) would become a
 * live link. A leading apostrophe makes the cell plain text (OWASP's advice).
 * Numbers we generate ourselves (offsets, values, counts) are left numeric.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function quoteCsvField(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toRow(claim: ReportClaim): CsvCell[] {
  const experts = claim.citations.flatMap((citation) => (citation.expert ? [citation.expert.name] : []));
  const sources = claim.citations.flatMap((citation) => (citation.url ? [citation.url] : []));
  return [
    claim.id,
    claim.start,
    claim.end,
    claim.quote,
    claim.claimant,
    claim.claimDate,
    claim.state,
    claim.verdict?.label ?? null,
    claim.verdict?.value ?? null,
    claim.verdict?.rationale ?? null,
    claim.citations.length,
    experts.join("; "),
    // URLs cannot contain a raw space, so a space separates them unambiguously.
    sources.join(" "),
    claim.reviewers.join("; "),
    claim.approvers.join("; "),
    claim.publishedAt,
  ];
}

/** Claims as CSV text (header row first), in document order. */
export function formatReportCsv(report: ReviewReport): string {
  const rows = [[...CSV_COLUMNS], ...report.claims.map(toRow)];
  return rows.map((row) => row.map(quoteCsvField).join(",")).join("\r\n") + "\r\n";
}
