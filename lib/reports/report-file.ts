import "server-only";
import type { ReviewReport } from "@/lib/export/report-model";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { AppError } from "@/lib/errors";
import { runHeavyJob, type JobLabel } from "@/lib/workers/pool";
import { buildContentDisposition } from "./download-name";
import { canRenderPdf, MAX_PDF_CLAIMS, REPORT_CONTENT_TYPES, type ReportFormat } from "./report-format";
import { errorText } from "@/lib/i18n/error-text";

// One review report as a downloadable file, in any of the four formats, drawn on a worker thread (lib/workers):
// a 600-claim PDF or Markdown file never holds up the requests of everyone else.

/** Refuses what would take a worker too long to render (see MAX_PDF_CLAIMS). */
export function assertRenderable(report: ReviewReport, format: ReportFormat): void {
  if (format === "pdf" && !canRenderPdf(report.claims.length)) {
    throw new AppError(
      "INVALID",
      errorText("reports.pdfTooManyClaims", { limit: MAX_PDF_CLAIMS, count: report.claims.length }),
      { path: "format" },
    );
  }
}

/** A report file takes about a second; this is for a machine under heavy load, never for a stuck job. */
export const REPORT_FILE_TIMEOUT_MS = 60_000;

const FORMAT_LABELS: Record<ReportFormat, JobLabel> = {
  pdf: "reportPdf",
  md: "reportMd",
  csv: "reportCsv",
  json: "reportJson",
};

/** The file's bytes; `signal` (the request's) stops the job when the person goes away. */
export async function renderReportFile(
  report: ReviewReport,
  format: ReportFormat,
  signal?: AbortSignal,
  locale?: InterfaceLocale,
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await runHeavyJob(
    "reportFile",
    { report, format, locale },
    { label: FORMAT_LABELS[format], timeoutMs: REPORT_FILE_TIMEOUT_MS, signal },
  );
  return new Uint8Array(bytes);
}

/** Headers of a member-only download: never stored by shared caches or kept by the browser. */
export function buildDownloadHeaders(title: string, format: ReportFormat, byteLength: number): HeadersInit {
  return {
    "Content-Type": REPORT_CONTENT_TYPES[format],
    "Content-Disposition": buildContentDisposition(title, "review", format),
    "Content-Length": String(byteLength),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
