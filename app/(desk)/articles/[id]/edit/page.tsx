import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { findArticleForEditing } from "@/lib/articles/data";
import { EditDetailsForm, EditTextForm } from "@/components/intake/edit-article-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("intake.editPage");
  return { title: t("title") };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(`/articles/${id}/edit`);
  const article = await findArticleForEditing(viewer.orgId, id);
  if (!article?.currentVersion) notFound();
  const t = await getTranslations("intake.editPage");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm text-muted">
        <Link href={`/articles/${id}`} className="hover:underline">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{" "}
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t("heading", { title: article.title })}</h1>
      <EditDetailsForm
        articleId={id}
        meta={{
          title: article.title,
          outlet: article.outlet ?? "",
          author: article.author ?? "",
          originalPublishedAt: article.originalPublishedAt?.toISOString().slice(0, 10) ?? "",
          originalUrl: article.originalUrl ?? "",
          language: article.language ?? "",
          readerLanguage: article.readerLanguage ?? "",
        }}
        organizationLanguage={article.org.publicLanguage}
      />
      <EditTextForm
        articleId={id}
        versionId={article.currentVersion.id}
        versionNumber={article.currentVersion.number}
        text={article.currentVersion.text}
      />
    </div>
  );
}
