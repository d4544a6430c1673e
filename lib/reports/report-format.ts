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
