import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

// The reader page of a popular article is read thousands of times between two publications. Rendering it costs
// tens of milliseconds (200 snapshots parsed, rationales, ClaimReview, the HTML); asking whether anything a reader
// could see has changed costs three indexed aggregates. So rendered pages are kept per article with a stamp of
// everything they were made from, and reused only while the stamp is the same:
// - the article: status, published version (versions are immutable), its metadata (updatedAt);
// - the organization's name and policy links;
// - the claims: any change to one (deleted, flagged for re-anchoring, edited) moves max(updatedAt) or the count;
// - the publications: a new one (publish, correction) moves max(publishedAt) or the count.
// Each app server keeps its own copy; the stamp comes from the database, so servers never disagree for long.
export type CachedPage = { stamp: string; body: string; etag: string };

const LIMIT = 200;
const pages = new Map<string, CachedPage>();

export async function readerPageStamp(orgSlug: string, articleId: string): Promise<string | null> {
  const article = await db.article.findFirst({
    where: { id: articleId, org: { slug: orgSlug } },
    select: { status: true, publishedVersionId: true, publishedAt: true, updatedAt: true, org: { select: { name: true, methodologyUrl: true, correctionsUrl: true } } },
  });
  if (!article || article.status !== "PUBLISHED" || !article.publishedVersionId) return null;
  const [claims, publications] = await Promise.all([
    db.claim.aggregate({ where: { articleId }, _max: { updatedAt: true }, _count: { _all: true } }),
    db.claimPublication.aggregate({ where: { claim: { articleId } }, _max: { publishedAt: true }, _count: { _all: true } }),
  ]);
  return JSON.stringify([
    article.publishedVersionId, article.publishedAt, article.updatedAt, article.org,
    claims._max.updatedAt, claims._count._all, publications._max.publishedAt, publications._count._all,
  ]);
}

export function cachedReaderPage(key: string, stamp: string): CachedPage | undefined {
  const page = pages.get(key);
  if (!page || page.stamp !== stamp) return undefined;
  pages.delete(key); // most recently used last
  pages.set(key, page);
  return page;
}

export function rememberReaderPage(key: string, stamp: string, body: string): CachedPage {
  const page = { stamp, body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
  pages.delete(key);
  if (pages.size >= LIMIT) pages.delete(pages.keys().next().value!);
  pages.set(key, page);
  return page;
}
