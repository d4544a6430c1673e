import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadAnnotator } from "@/lib/claims/data";
import { loadSuggestions } from "@/lib/claim-finder/data";
import { claimFinderAvailability } from "@/lib/claim-finder/languages";
import { AppError } from "@/lib/errors";
import { Annotator } from "@/components/annotator/annotator";
import { buttonClasses } from "@/components/ui/button";
import { PublishDialog } from "@/components/annotator/publish-dialog";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { displayLanguageName } from "@/lib/vocabulary/language-display";
import { getLocale, getTranslations } from "next-intl/server";
import { loadEmbedSettings } from "@/lib/embed/data";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { ArticleEmbedPanel } from "@/components/embed/article-embed-panel";
import { readerLocaleOf } from "@/lib/reader/reader-language";

// Each detail stands on its own in the line ("Inglés · Versión 1"), so a language name starts with a capital.
const capitalize = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("annotator.page");
  return { title: t("metaTitle") };
}

async function load(orgId: string, id: string) {
  try {
    return await loadAnnotator(orgId, id, await getLocale());
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ claim?: string | string[] }>;
}) {
  const { id } = await params;
  const { claim: claimParam } = await searchParams;
  const viewer = await requirePageViewer(`/articles/${id}`);
  const { article, version, claims, claimsReadAt, scale, experts } = await load(viewer.orgId, id);
  const [t, locale] = await Promise.all([getTranslations("annotator.page"), getLocale()]);
  const claimFinder = claimFinderAvailability(article.language, locale);
  const suggestions = claimFinder.available ? await loadSuggestions(viewer.orgId, article.id, version.id) : [];
  const published = article.status === "PUBLISHED";
  const [embed, baseUrl] = published ? await Promise.all([loadEmbedSettings(viewer.orgId), publicBaseUrl()]) : [];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <p className="text-sm text-muted">
            <Link href="/articles" className="hover:underline">
              {t("breadcrumb")}
            </Link>{" "}
            / {article.outlet ?? t("unknownOutlet")}
          </p>
          <h1
            lang={article.language ?? undefined}
            dir="auto"
            className="mt-1 font-serif text-3xl leading-tight font-semibold"
          >
            {article.title}
          </h1>
          <p className="mt-2 text-sm text-muted">
            {[
              article.author && t("byAuthor", { author: article.author }),
              article.originalPublishedAt && formatDate(article.originalPublishedAt, "long", { locale }),
              article.language
                ? capitalize(displayLanguageName(article.language, locale), locale)
                : t("languageNotSet"),
              t("version", { number: formatNumber(version.number, locale) }),
            ]
              .filter(Boolean)
              .join(" · ")}
            {article.originalUrl && (
              <>
                {" "}
                ·{" "}
                <a className="underline" href={article.originalUrl} rel="noopener noreferrer nofollow" target="_blank">
                  {t("original")}
                </a>
              </>
            )}
          </p>
        </div>
        <div className="flex gap-2">
          {article.status === "PUBLISHED" && (
            <Link href={`/r/${article.org.slug}/${article.id}`} className={buttonClasses("secondary", "sm")}>
              {t("readerView")}
            </Link>
          )}
          <Link href={`/articles/${article.id}/report`} className={buttonClasses("secondary", "sm")}>
            {t("reportAndExports")}
          </Link>
          <Link href={`/articles/${article.id}/edit`} className={buttonClasses("secondary", "sm")}>
            {t("editTextAndDetails")}
          </Link>
          {can(viewer.role, "article.publish") && <PublishDialog articleId={article.id} />}
        </div>
      </div>
      {embed && baseUrl && (
        <ArticleEmbedPanel
          baseUrl={baseUrl}
          orgSlug={embed.slug}
          orgName={viewer.orgName}
          articleId={article.id}
          allowedSites={embed.embedDomains}
          canManage={can(viewer.role, "settings.manage")}
          readerLocale={readerLocaleOf({ readerLanguage: article.readerLanguage }, embed.publicLanguage)}
        />
      )}
      {!scale ? (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          {t("noScale")}
        </p>
      ) : null}
      <Annotator
        viewer={{ userId: viewer.userId, canApprove: can(viewer.role, "claim.approve") }}
        articleId={article.id}
        versionId={version.id}
        text={version.text}
        language={article.language}
        initialClaims={claims}
        claimsReadAt={claimsReadAt}
        options={scale?.options ?? []}
        experts={experts}
        initialClaimId={claims.find((c) => c.id === claimParam)?.id ?? null}
        suggestions={suggestions}
        suggestionsNote={claimFinder.note}
      />
    </div>
  );
}
