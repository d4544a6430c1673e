import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { findPublicLanguage } from "@/lib/articles/data";
import { NewArticleForm } from "@/components/intake/new-article-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("intake.newPage");
  return { title: t("title") };
}

export default async function NewArticlePage() {
  const viewer = await requirePageViewer("/articles/new");
  const [t, organizationLanguage] = await Promise.all([
    getTranslations("intake.newPage"),
    findPublicLanguage(viewer.orgId),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <NewArticleForm organizationLanguage={organizationLanguage} />
    </div>
  );
}
