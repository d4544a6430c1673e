import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { PdfDownload } from "./pdf-download";
import { canRenderPdf, MAX_PDF_CLAIMS, REPORT_FORMATS, type ReportFormat } from "@/lib/reports/report-format";

const LABELS: Record<ReportFormat, string> = { pdf: "PDF", md: "Markdown", csv: "CSV", json: "JSON" };

// Plain links: the route answers with Content-Disposition: attachment, so the browser saves the file. The PDF takes
// longer and shows its progress with a Cancel button (pdf-download.tsx).
export function ReportDownloads({ articleId, claimCount }: { articleId: string; claimCount: number }) {
  const t = useTranslations("reports.downloads");
  const formats = REPORT_FORMATS.filter((format) => format !== "pdf" || canRenderPdf(claimCount));
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">{t("download")}</span>
      {formats.map((format) =>
        format === "pdf" ? (
          <PdfDownload key={format} articleId={articleId} />
        ) : (
          <a
            key={format}
            href={`/api/articles/${encodeURIComponent(articleId)}/report?format=${format}`}
            download
            className={buttonClasses("secondary", "sm")}
          >
            {LABELS[format]}
          </a>
        ),
      )}
      {formats.length < REPORT_FORMATS.length && (
        <span className="text-xs text-muted">{t("pdfLimit", { max: MAX_PDF_CLAIMS })}</span>
      )}
    </nav>
  );
}
