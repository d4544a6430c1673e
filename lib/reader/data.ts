import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readerMeta } from "@/lib/publishing/article-meta";
import { selectPublicClaims } from "./public-claims";

// Everything a reader may see of one published article. Reads only published versions and approved snapshots:
// never live claims, drafts, comments or e-mail addresses. One query (relation joins), so a reader sees one
// publication whole, never half of an editor's publishing transaction.
export const loadPublishedArticle = cache(async (orgSlug: string, articleId: string) => {
  const article = await db.article.findFirst({
    where: { id: articleId, status: "PUBLISHED", org: { slug: orgSlug }, publishedVersionId: { not: null } },
    select: {
      id: true, title: true, outlet: true, author: true, originalPublishedAt: true, originalUrl: true, publishedAt: true, publishedMeta: true,
      publishedVersion: { select: { id: true, number: true, text: true } },
      org: { select: { name: true, slug: true, methodologyUrl: true, correctionsUrl: true } },
      // the published snapshots alone decide: nothing done to the live claim (flagged by a text edit, re-attached,
      // edited, sent back to review) reaches readers before an editor publishes it
      claims: {
        where: { publications: { some: {} } },
        select: { id: true, publications: { orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { snapshot: true, correctionNote: true, publishedAt: true } } },
      },
    },
  });
  if (!article?.publishedVersion) return null;
  const { claims, publishedVersion, publishedMeta, ...rest } = article;
  // the details as published, never a desk member's edit in progress
  return { ...rest, ...readerMeta(publishedMeta, rest), version: publishedVersion, claims: selectPublicClaims(publishedVersion.id, claims) };
});

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof loadPublishedArticle>>>;
