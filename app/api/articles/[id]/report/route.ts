import { requirePermission } from "@/lib/auth/viewer";
import { negotiateLocale } from "@/lib/i18n/locales";
import { jsonError, route } from "@/lib/http/route";
import { buildReviewReport } from "@/lib/reports/build-report";
import { assertRenderable, buildDownloadHeaders, renderReportFile } from "@/lib/reports/report-file";
import { REPORT_FORMAT_MESSAGE, reportFormatSchema } from "@/lib/reports/report-format";

// GET /api/articles/:id/report?format=pdf|md|csv|json — the internal review report of one article, for members.
export const GET = route<{ id: string }>(async (request, { params }) => {
  const viewer = await requirePermission("export.read");
  const format = reportFormatSchema.safeParse(new URL(request.url).searchParams.get("format"));
  if (!format.success) return jsonError(400, "INVALID", REPORT_FORMAT_MESSAGE, { parameter: "format" });
  const { id } = await params;
  const report = await buildReviewReport(viewer.orgId, id);
  assertRenderable(report, format.data);
  // the report's words in the member's interface language (their choice, else their browser's)
  const locale = viewer.interfaceLanguage ?? negotiateLocale(request.headers.get("accept-language"));
  const body = await renderReportFile(report, format.data, request.signal, locale);
  return new Response(body, { headers: buildDownloadHeaders(report.article.title, format.data, body.byteLength) });
});
