import { z } from "zod";

// The formats one article's review report downloads in (the files themselves: report-file.ts).

export const REPORT_FORMATS = ["pdf", "md", "csv", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_FORMAT_MESSAGE = `format must be one of ${REPORT_FORMATS.join(", ")}`;
export const reportFormatSchema = z.enum(REPORT_FORMATS, { error: REPORT_FORMAT_MESSAGE });

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json",
};

/**
 * @react-pdf/renderer paginates the report as one long flow, in roughly quadratic time: measured 29 s and 0.5 GB RSS
 * for 100 claims, 103 s and 0.9 GB for 200. Above this many claims the PDF is refused (Markdown, CSV, JSON and the
 * printable HTML page have no such limit) rather than tying up a server process for minutes.
 */
export const MAX_PDF_CLAIMS = 100;

export function canRenderPdf(claimCount: number): boolean {
  return claimCount <= MAX_PDF_CLAIMS;
}
