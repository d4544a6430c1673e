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
 * With claims split across page elements (lib/export/pdf.tsx) the PDF renders in linear time: 500 claims took 33 s
 * and 560 MiB on a loaded 2-core machine (one flowing page took 16 minutes). Above this many claims the PDF is
 * refused (Markdown, CSV, JSON and the printable HTML page have no limit) rather than tying up a process for minutes.
 */
export const MAX_PDF_CLAIMS = 600;

export function canRenderPdf(claimCount: number): boolean {
  return claimCount <= MAX_PDF_CLAIMS;
}
