import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requirePageViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { buildReviewReport } from "@/lib/reports/build-report";
import { ReportView } from "@/components/reports/report-view";
import { Forbidden } from "@/components/ui/forbidden";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.page");
  return { title: t("title") };
}

async function load(orgId: string, articleId: string) {
  try {
    return await buildReviewReport(orgId, articleId);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(`/articles/${id}/report`);
  if (!can(viewer.role, "export.read")) {
    const t = await getTranslations("reports.page");
    return <Forbidden what={t("forbiddenWhat")} />;
  }
  return <ReportView report={await load(viewer.orgId, id)} />;
}
