import { CSV_COLUMNS, formatReportCsv, quoteCsvField } from "@/lib/export/csv";
import { formatReportJson } from "@/lib/export/json";
import type { ReviewReport } from "@/lib/export/report-model";
import type { OrgExportFormat } from "./export-query";

// Pure pieces of the organization-wide export: one JSON line per article report, or the claim rows of every
// article under a single CSV header with an article_id column in front.

export const ORG_EXPORT_CONTENT_TYPES: Record<OrgExportFormat, string> = {
  jsonl: "application/jsonl; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

const REPORT_CSV_HEADER = `${CSV_COLUMNS.map(quoteCsvField).join(",")}\r\n`;
export const ORG_CSV_HEADER = `${["article_id", ...CSV_COLUMNS].map(quoteCsvField).join(",")}\r\n`;

/** formatReportJson's output (validated, keys in schema order) on one line: JSON.stringify escapes every newline. */
export function formatJsonLine(report: ReviewReport): string {
  return `${JSON.stringify(JSON.parse(formatReportJson(report)))}\n`;
}

/**
 * The article's claims as CSV records without a header. Each claim is formatted on its own so that the
 * article_id can go in front of its record: a record may span lines (quotes with line breaks), so rows of a
 * whole report could not be split safely afterwards.
 */
export function formatCsvRows(report: ReviewReport): string {
  const articleId = quoteCsvField(report.article.id);
  let out = "";
  for (const claim of report.claims) {
    const csv = formatReportCsv({ ...report, claims: [claim] });
    if (!csv.startsWith(REPORT_CSV_HEADER))
      throw new Error("formatReportCsv changed its header; update ORG_CSV_HEADER");
    out += `${articleId},${csv.slice(REPORT_CSV_HEADER.length)}`;
  }
  return out;
}

export function formatOrgExportChunk(format: OrgExportFormat, reports: ReviewReport[]): string {
  return reports.map(format === "jsonl" ? formatJsonLine : formatCsvRows).join("");
}
