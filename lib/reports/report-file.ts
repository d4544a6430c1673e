import { formatReportCsv } from "@/lib/export/csv";
import { formatReportJson } from "@/lib/export/json";
import { formatReportMarkdown } from "@/lib/export/markdown";
import { renderReportPdf } from "@/lib/export/pdf";
import type { ReviewReport } from "@/lib/export/report-model";
import { buildContentDisposition } from "./download-name";
import { AppError } from "@/lib/errors";
import { canRenderPdf, MAX_PDF_CLAIMS, REPORT_CONTENT_TYPES, type ReportFormat } from "./report-format";

// One review report as a downloadable file, in any of the four formats.

/** Refuses what would take a server process minutes to render (see MAX_PDF_CLAIMS). */
export function assertRenderable(report: ReviewReport, format: ReportFormat): void {
  if (format === "pdf" && !canRenderPdf(report.claims.length)) {
    throw new AppError("INVALID", `A PDF report holds at most ${MAX_PDF_CLAIMS} claims and this article has ${report.claims.length}. Download Markdown, CSV or JSON instead, or print the HTML report.`, { path: "format" });
  }
}

export async function renderReportFile(report: ReviewReport, format: ReportFormat): Promise<Uint8Array<ArrayBuffer>> {
  if (format === "pdf") return new Uint8Array(await renderReportPdf(report));
  const text = format === "md" ? formatReportMarkdown(report) : format === "csv" ? formatReportCsv(report) : formatReportJson(report);
  return new TextEncoder().encode(text);
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
