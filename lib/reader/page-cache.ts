import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

// The reader page of a popular article is read thousands of times between two publications. Rendering it costs
// tens of milliseconds (200 snapshots parsed, rationales, ClaimReview, the HTML); asking whether anything a reader
// could see has changed costs three indexed aggregates. So rendered pages are kept per article with a stamp of
// everything they were made from, and reused only while the stamp is the same:
// - the article: status, published version (versions are immutable), the metadata the page shows;
// - the organization's name and policy links;
// - the published claims: any change to one (flagged for re-anchoring, edited, withdrawn) moves max(updatedAt) or
//   the count; drafts and claims never published cannot reach the page, so work on them keeps the page cached;
// - the publications: a new one (publish, correction) moves max(publishedAt) or the count.
// Each app server keeps its own copy; the stamp comes from the database, so servers never disagree for long.
export type CachedPage = { stamp: string; body: string; etag: string };

const LIMIT = 200;
const pages = new Map<string, CachedPage>();

export async function readerPageStamp(orgSlug: string, articleId: string): Promise<string | null> {
  const article = await db.article.findFirst({
    where: { id: articleId, org: { slug: orgSlug } },
    select: {
      status: true, publishedVersionId: true, publishedAt: true, title: true, outlet: true, author: true, originalPublishedAt: true, originalUrl: true,
      org: { select: { name: true, methodologyUrl: true, correctionsUrl: true } },
    },
  });
  if (!article || article.status !== "PUBLISHED" || !article.publishedVersionId) return null;
  const [claims, publications] = await Promise.all([
    db.claim.aggregate({ where: { articleId, publications: { some: {} } }, _max: { updatedAt: true }, _count: { _all: true } }),
    db.claimPublication.aggregate({ where: { claim: { articleId } }, _max: { publishedAt: true }, _count: { _all: true } }),
  ]);
  return JSON.stringify([
    article,
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
