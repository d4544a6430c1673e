import { buttonClasses } from "@/components/ui/button";
import { REPORT_FORMATS, type ReportFormat } from "@/lib/reports/report-format";

const LABELS: Record<ReportFormat, string> = { pdf: "PDF", md: "Markdown", csv: "CSV", json: "JSON" };

// Plain links: the route answers with Content-Disposition: attachment, so the browser saves the file.
export function ReportDownloads({ articleId }: { articleId: string }) {
  return (
    <nav aria-label="Download the report" className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">Download</span>
      {REPORT_FORMATS.map((format) => (
        <a key={format} href={`/api/articles/${encodeURIComponent(articleId)}/report?format=${format}`} download className={buttonClasses("secondary", "sm")}>
          {LABELS[format]}
        </a>
      ))}
    </nav>
  );
}
