import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { loadAnnotator } from "@/lib/claims/data";
import { loadSuggestions } from "@/lib/claim-finder/data";
import { claimFinderAvailability } from "@/lib/claim-finder/languages";
import { AppError } from "@/lib/errors";
import { Annotator } from "@/components/annotator/annotator";
import { buttonClasses } from "@/components/ui/button";
import { PublishDialog } from "@/components/annotator/publish-dialog";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { languageName } from "@/lib/vocabulary/languages";
import { loadEmbedSettings } from "@/lib/embed/data";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { ArticleEmbedPanel } from "@/components/embed/article-embed-panel";

export const metadata: Metadata = { title: "Annotate" };

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
  const { article, version, claims, scale, experts } = await load(viewer.orgId, id);
  const claimFinder = claimFinderAvailability(article.language);
  const suggestions = claimFinder.available ? await loadSuggestions(viewer.orgId, article.id, version.id) : [];
  const published = article.status === "PUBLISHED";
  const [embed, baseUrl] = published ? await Promise.all([loadEmbedSettings(viewer.orgId), publicBaseUrl()]) : [];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <p className="text-sm text-muted">
            <Link href="/articles" className="hover:underline">
              Articles
            </Link>{" "}
            / {article.outlet ?? "Unknown outlet"}
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
              article.author && `By ${article.author}`,
              article.originalPublishedAt && formatDate(article.originalPublishedAt, "long"),
              article.language ? languageName(article.language) : "Language not set",
              `Version ${version.number}`,
            ]
              .filter(Boolean)
              .join(" · ")}
            {article.originalUrl && (
              <>
                {" "}
                ·{" "}
                <a className="underline" href={article.originalUrl} rel="noopener noreferrer nofollow" target="_blank">
                  Original
                </a>
              </>
            )}
          </p>
        </div>
        <div className="flex gap-2">
          {article.status === "PUBLISHED" && (
            <Link href={`/r/${article.org.slug}/${article.id}`} className={buttonClasses("secondary", "sm")}>
              Reader view
            </Link>
          )}
          <Link href={`/articles/${article.id}/report`} className={buttonClasses("secondary", "sm")}>
            Report and exports
          </Link>
          <Link href={`/articles/${article.id}/edit`} className={buttonClasses("secondary", "sm")}>
            Edit text and details
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
        />
      )}
      {!scale ? (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          Your organization has no rating scale yet. An admin can create one under Rating scales.
        </p>
      ) : null}
      <Annotator
        viewer={{ userId: viewer.userId, canApprove: can(viewer.role, "claim.approve") }}
        articleId={article.id}
        versionId={version.id}
        text={version.text}
        language={article.language}
        initialClaims={claims}
        options={scale?.options ?? []}
        experts={experts}
        initialClaimId={claims.find((c) => c.id === claimParam)?.id ?? null}
        suggestions={suggestions}
        suggestionsNote={claimFinder.note}
      />
    </div>
  );
}
