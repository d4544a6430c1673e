import "server-only";
import { readPublished } from "@/lib/db-replica";
import { normalizeArticleUrl, storedUrlForms } from "./canonical-url";

export type PublishedArticleRef = { orgSlug: string; articleId: string };

// cuid()s; anything else cannot name an article, so it is "nothing published" without a query.
const PLAUSIBLE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const PUBLISHED = { status: "PUBLISHED", publishedVersionId: { not: null } } as const;

/**
 * The published fact-check of an article, found by its id or by the address of the original article (see
 * normalizeArticleUrl). Only published articles are found; the caller loads what readers may see with
 * loadPublishedArticle(orgSlug, articleId). With `orgId` only that organization's checks are found: a page checked
 * by several organizations shows in each one's embed its own check, never another's. Without it (the badge, which
 * names an article id) the article's own organization answers.
 */
export async function findPublishedArticle(
  by: { id: string } | { url: string },
  orgId?: string,
): Promise<PublishedArticleRef | null> {
  const scope = orgId ? { orgId } : {};
  if ("id" in by) {
    if (!PLAUSIBLE_ID.test(by.id)) return null;
    const article = await readPublished((db) =>
      db.article.findFirst({
        where: { id: by.id, ...scope, ...PUBLISHED },
        select: { id: true, org: { select: { slug: true } } },
      }),
    );
    return article && { orgSlug: article.org.slug, articleId: article.id };
  }
  const key = normalizeArticleUrl(by.url);
  if (!key) return null;
  const { exact, fragmentPrefixes } = storedUrlForms(key);
  const candidates = await readPublished((db) =>
    db.article.findMany({
      where: {
        ...scope,
        ...PUBLISHED,
        OR: [
          { originalUrl: { in: exact } },
          ...fragmentPrefixes.map((prefix) => ({ originalUrl: { startsWith: prefix } })),
        ],
      },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: { id: true, originalUrl: true, org: { select: { slug: true } } },
    }),
  );
  const match = candidates.find((a) => a.originalUrl && normalizeArticleUrl(a.originalUrl) === key);
  return match ? { orgSlug: match.org.slug, articleId: match.id } : null;
}
