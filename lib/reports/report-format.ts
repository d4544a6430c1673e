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
 * The PDF is drawn with pdfkit on a worker thread (lib/export/pdf.ts, lib/workers): 500 claims take under a second
 * on a quiet 2-core machine. Above this many claims the PDF is still refused (Markdown, CSV, JSON and the printable
 * HTML page have no limit): a report that long is not read on paper, and the cap bounds one job's time and memory.
 */
export const MAX_PDF_CLAIMS = 600;

export function canRenderPdf(claimCount: number): boolean {
  return claimCount <= MAX_PDF_CLAIMS;
}
