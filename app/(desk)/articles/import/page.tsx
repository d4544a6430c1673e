import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { ImportForm } from "@/components/reports/import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exports.import");
  return { title: t("title") };
}

export default async function ImportArticlePage() {
  await requirePageViewer("/articles/import");
  const t = await getTranslations("exports.import");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <ImportForm />
    </div>
  );
}
