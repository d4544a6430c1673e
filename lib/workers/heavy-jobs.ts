import type { MessagePort } from "node:worker_threads";
import { formatReportCsv } from "@/lib/export/csv";
import { formatReportJson } from "@/lib/export/json";
import { formatReportMarkdown } from "@/lib/export/markdown";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { renderReportPdf } from "@/lib/export/pdf";
import type { ReviewReport } from "@/lib/export/report-model";
import type { ImportScale } from "@/lib/reports/import-plan";
import { planImportSource, type ImportPlan, type ImportSource } from "@/lib/reports/plan-import";
import { buildFromArticlePage, buildFromText } from "@/lib/articles/intake/build-result";
import { IntakeError } from "@/lib/articles/intake/errors";
import type { IntakeResult } from "@/lib/articles/intake/intake-result";
import { parsePasted, type PastedFormat } from "@/lib/articles/intake/parse-pasted";
import { parseUpload } from "@/lib/articles/intake/parse-upload";
import { AppError } from "@/lib/errors";
import type { OrgExportFormat } from "@/lib/reports/export-query";
import { formatOrgExportChunk } from "@/lib/reports/org-export-format";
import { prepareVersionText, type PreparedText } from "@/lib/articles/version-text";
import { settleJob, type JobOutcome } from "./job-outcome";
import { loadReportFonts } from "./report-fonts";

// The worker thread's entry (bundled to .workers/heavy-worker.mjs by scripts/build-workers.mjs and loaded by
// path, never through Next's bundle). Each export is one kind of CPU-heavy job; lib/workers/pool.ts runs them.
// Nothing here may import the database or "server-only" (the build refuses it).

export type JobProgress = { done: number; total: number };

/** Posts progress at most every 100 ms, and the last step always. */
function progressReporter(port: MessagePort | undefined): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (!port || (done < total && now - last < 100)) return;
    last = now;
    port.postMessage({ done, total } satisfies JobProgress);
  };
}

export function reportPdf({
  report,
  progress,
}: {
  report: ReviewReport;
  progress?: MessagePort;
}): Promise<JobOutcome<Uint8Array>> {
  return settleJob(() => renderReportPdf(report, loadReportFonts(), { onProgress: progressReporter(progress) }));
}

/** One article's review report as a file in any format (PDF, Markdown, CSV, JSON). */
export function reportFile({
  report,
  format,
  locale,
  progress,
}: {
  report: ReviewReport;
  format: "pdf" | "md" | "csv" | "json";
  /** The requesting member's interface language: the words of the PDF and Markdown reports. */
  locale?: InterfaceLocale;
  progress?: MessagePort;
}): Promise<JobOutcome<Uint8Array>> {
  return settleJob(async () => {
    if (format === "pdf")
      return renderReportPdf(report, loadReportFonts(), { onProgress: progressReporter(progress), locale });
    const text =
      format === "md"
        ? formatReportMarkdown(report, locale)
        : format === "csv"
          ? formatReportCsv(report)
          : formatReportJson(report);
    return new TextEncoder().encode(text);
  });
}

/** Import parsing and planning: an uploaded file, a parsed report, or annotations on a given text. */
export function planImport({
  source,
  scale,
}: {
  source: ImportSource;
  scale: ImportScale | null;
}): Promise<JobOutcome<ImportPlan>> {
  return settleJob(() => planImportSource(source, scale));
}

/** One batch of the organization-wide export, formatted (JSON Lines or CSV rows). */
export function orgExportChunk({
  format,
  reports,
}: {
  format: OrgExportFormat;
  reports: ReviewReport[];
}): Promise<JobOutcome<string>> {
  return settleJob(() => formatOrgExportChunk(format, reports));
}

export type ArticleSource =
  | { from: "paste"; content: string; format: PastedFormat }
  | { from: "upload"; name: string; type: string; bytes: Uint8Array }
  | { from: "fetched"; kind: "text" | "page"; content: string; url: string };

/** Article intake: Markdown and HTML conversion, sanitizing, readability extraction of a fetched page. */
export function readArticle({ source }: { source: ArticleSource }): Promise<JobOutcome<IntakeResult>> {
  return settleJob(() => {
    try {
      if (source.from === "paste") return parsePasted(source);
      if (source.from === "upload") return parseUpload(source);
      return source.kind === "text" ? buildFromText(source.content) : buildFromArticlePage(source.content, source.url);
    } catch (e) {
      // the same failure the intake action makes of an IntakeError, carried as a value across the thread
      if (e instanceof IntakeError) throw new AppError("INVALID", e.text, { field: "source", reason: e.reason });
      throw e;
    }
  });
}

/** A new article version's canonical text and its claim suggestions (seconds for a 5 MB text). */
export function versionText({ raw }: { raw: string }): Promise<JobOutcome<PreparedText>> {
  return settleJob(() => prepareVersionText(raw));
}
