import "server-only";
import { db } from "@/lib/db";
import { readPublished } from "@/lib/db-replica";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildAnnotation, type WebAnnotation } from "@/lib/export/web-annotation";
import { loadPublishedArticle } from "@/lib/reader/data";
import { toPublicReport } from "@/lib/reader/to-report";
import { buildContainerIri } from "./paging";

export type AnnotationContainerRef = { articleId: string; orgId: string; orgSlug: string; originalUrl: string | null };

// cuid()s; anything else cannot name an article, so it is 404 without a query.
const PLAUSIBLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The published article behind a container, with its organization: the reader's loader wants the org slug. */
export async function requireAnnotationContainer(articleId: string): Promise<AnnotationContainerRef> {
  const article = PLAUSIBLE_ID.test(articleId)
    ? await readPublished((client) =>
        client.article.findFirst({
          where: { id: articleId, status: "PUBLISHED", publishedVersionId: { not: null } },
          select: { id: true, orgId: true, originalUrl: true, org: { select: { slug: true } } },
        }),
      )
    : null;
  if (!article) throw new AppError("NOT_FOUND", "annotations.noContainer");
  return { articleId: article.id, orgId: article.orgId, orgSlug: article.org.slug, originalUrl: article.originalUrl };
}

export type PublicAnnotations = {
  containerIri: string;
  label: string;
  modified: string | null;
  entries: { claimId: string; annotation: WebAnnotation }[];
};

/** The published claims of a container as W3C annotations, built from the published snapshots only. */
export async function loadPublicAnnotations(
  container: AnnotationContainerRef,
  baseUrl: string,
): Promise<PublicAnnotations> {
  const article = await loadPublishedArticle(container.orgSlug, container.articleId);
  if (!article) throw new AppError("NOT_FOUND", "annotations.noContainer");
  const published = article.claims.map((c) => Date.parse(c.publishedAt));
  // "generated" must not come from the clock: the body, and so its ETag, changes only when something is published.
  const generatedAt = new Date(Math.max(article.publishedAt?.getTime() ?? 0, ...published));
  const report = toPublicReport(article, [], baseUrl, generatedAt);
  const entries = report.claims.flatMap((claim) => {
    const annotation = buildAnnotation(report, claim, { baseIri: baseUrl });
    return annotation ? [{ claimId: claim.id, annotation }] : [];
  });
  return {
    containerIri: buildContainerIri(baseUrl, article.id),
    label: `Fact-checks of “${article.title}” by ${article.org.name}`,
    modified: published.length ? new Date(Math.max(...published)).toISOString() : null,
    entries,
  };
}

/** The version new claims are anchored in: the article's current text, which may be newer than the published one. */
export async function findCurrentVersion(
  orgId: string,
  articleId: string,
): Promise<{ id: string; text: string } | null> {
  const article = await db.article.findFirst({
    where: { id: articleId, orgId },
    select: { currentVersion: { select: { id: true, text: true } } },
  });
  return article?.currentVersion ?? null;
}

/** Claims that an API token created (their creation audit row has no actor and says via "api"). */
export const CREATED_VIA_API = {
  auditEvents: { some: { action: "claim.created", actorId: null, after: { path: ["via"], equals: "api" } } },
} satisfies Prisma.ClaimWhereInput;

/** A live claim of this article that came in through the annotation API, or null. */
export async function findApiClaim(orgId: string, articleId: string, claimId: string) {
  if (!PLAUSIBLE_ID.test(claimId)) return null;
  return db.claim.findFirst({
    where: { id: claimId, orgId, articleId, deletedAt: null, ...CREATED_VIA_API },
    select: {
      id: true,
      state: true,
      lockVersion: true,
      start: true,
      end: true,
      createdAt: true,
      updatedAt: true,
      version: { select: { text: true } },
    },
  });
}
