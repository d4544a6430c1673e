import "server-only";
import { cache } from "react";
import { readPublished } from "@/lib/db-replica";
import { readerMeta, articleDetailsSelect } from "@/lib/publishing/article-meta";
import { selectPublicClaims } from "./public-claims";

// Everything a reader may see of one published article. Reads only published versions and approved snapshots:
// never live claims, drafts, comments or e-mail addresses. One query (relation joins), so a reader sees one
// publication whole, never half of an editor's publishing transaction.
export const loadPublishedArticle = cache(async (orgSlug: string, articleId: string) => {
  const article = await readPublished((db) =>
    db.article.findFirst({
      where: { id: articleId, status: "PUBLISHED", org: { slug: orgSlug }, publishedVersionId: { not: null } },
      select: {
        id: true,
        ...articleDetailsSelect,
        publishedAt: true,
        publishedMeta: true,
        publishedVersion: { select: { id: true, number: true, text: true } },
        org: { select: { name: true, slug: true, methodologyUrl: true, correctionsUrl: true, publicLanguage: true } },
        // the published snapshots alone decide: nothing done to the live claim (flagged by a text edit, re-attached,
        // edited, sent back to review) reaches readers before an editor publishes it
        claims: {
          where: { publications: { some: {} } },
          select: {
            id: true,
            publications: {
              orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
              select: { snapshot: true, correctionNote: true, publishedAt: true },
            },
          },
        },
      },
    }),
  );
  if (!article?.publishedVersion) return null;
  const { claims, publishedVersion, publishedMeta, ...rest } = article;
  // the details as published, never a desk member's edit in progress
  return {
    ...rest,
    ...readerMeta(publishedMeta, rest),
    version: publishedVersion,
    claims: selectPublicClaims(publishedVersion.id, claims),
  };
});

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof loadPublishedArticle>>>;

// The instance's public home page (the organization `url` of ClaimReview and W3C outputs): each organization that
// has published something, with its latest published articles. The same fields a reader page shows of them.
const HOME_ORGANIZATIONS = 50;
const HOME_ARTICLES_PER_ORGANIZATION = 10;

export async function loadPublishedHome() {
  const organizations = await readPublished((db) =>
    db.organization.findMany({
      where: { articles: { some: { status: "PUBLISHED", publishedVersionId: { not: null } } } },
      orderBy: { name: "asc" },
      take: HOME_ORGANIZATIONS,
      select: {
        name: true,
        slug: true,
        articles: {
          where: { status: "PUBLISHED", publishedVersionId: { not: null } },
          orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
          take: HOME_ARTICLES_PER_ORGANIZATION,
          select: { id: true, title: true, outlet: true, publishedAt: true },
        },
      },
    }),
  );
  return organizations;
}
