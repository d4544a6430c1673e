import "server-only";
import { createHash } from "node:crypto";
import { readPublished } from "@/lib/db-replica";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { readerLocaleOf } from "./reader-language";

// The reader page of a popular article is read thousands of times between two publications. Rendering it costs
// tens of milliseconds (200 snapshots parsed, rationales, ClaimReview, the HTML); asking whether anything a reader
// could see has changed costs one indexed query. So rendered pages are kept per article with a stamp of everything
// they were made from, and reused only while the stamp is the same:
// - the article: status, published version (versions are immutable), the details as published (publishedMeta);
// - the organization's name, policy links and public language (the language of the page's own words, unless the
//   article's published details name one);
// - the publications: readers see only snapshots (lib/reader/data.ts), so a new one (publish, correction, a claim
//   carried onto a newly published text) moves max(publishedAt) or the count, and nothing done to a live claim in
//   the desk (edited, flagged by a text edit, re-attached) does: the page stays cached and unchanged until an
//   editor publishes.
// Each app server keeps its own copy; the stamp comes from the database, so servers never disagree for long.
// The body is kept as UTF-8 bytes: encoding a string again for every response was a visible share of the server's
// time under load.
export type CachedPage = { stamp: string; body: Uint8Array<ArrayBuffer>; etag: string };

const LIMIT = 200;
const pages = new Map<string, CachedPage>();

// One round trip, as SQL: this runs for every reader request, and through Prisma's query builder the same three
// reads cost the server's JavaScript thread four times as much (measured with bench/load/cost.ts). The stamp is
// whatever the query answers, serialized; only its equality matters.
// It also answers the page's language (publishedMeta.readerLanguage, else the organization's public language), which
// is part of the cache key: a page rendered in one language is never served for another.
export async function readerPageStamp(
  orgSlug: string,
  articleId: string,
): Promise<{ stamp: string; locale: InterfaceLocale } | null> {
  const rows = await readPublished(
    (db) =>
      db.$queryRaw<
        {
          status: string;
          publishedVersionId: string | null;
          stamp: string;
          readerLanguage: unknown;
          publicLanguage: string;
        }[]
      >`
    SELECT a."status"::text AS "status", a."publishedVersionId",
      a."publishedMeta"->'readerLanguage' AS "readerLanguage", o."publicLanguage",
      json_build_array(
        -- the details as published; the live ones only for an article published before they were kept
        a."publishedVersionId", a."publishedAt",
        coalesce(a."publishedMeta", json_build_array(a."title", a."outlet", a."author", a."originalPublishedAt", a."originalUrl", a."language", a."readerLanguage")::jsonb),
        o."name", o."methodologyUrl", o."correctionsUrl", o."publicLanguage",
        -- per claim of the article, its publications by index (a join over all publications plans badly when
        -- the table's statistics lag); "published claims" are the claims with at least one
        (SELECT json_build_array(count(*) FILTER (WHERE pp.n > 0), max(pp.latest), sum(pp.n))
          FROM "Claim" c CROSS JOIN LATERAL (
            SELECT max(p."publishedAt") AS latest, count(*) AS n FROM "ClaimPublication" p WHERE p."claimId" = c."id"
          ) pp
          WHERE c."articleId" = a."id")
      )::text AS "stamp"
    FROM "Article" a JOIN "Organization" o ON o."id" = a."orgId"
    WHERE a."id" = ${articleId} AND o."slug" = ${orgSlug}`,
  );
  const article = rows[0];
  if (!article || article.status !== "PUBLISHED" || !article.publishedVersionId) return null;
  return {
    stamp: article.stamp,
    locale: readerLocaleOf({ readerLanguage: article.readerLanguage }, article.publicLanguage),
  };
}

/** The cache key of one article's page in one language. */
export const readerPageKey = (orgSlug: string, articleId: string, locale: InterfaceLocale) =>
  `${orgSlug}/${articleId}/${locale}`;

export function cachedReaderPage(key: string, stamp: string): CachedPage | undefined {
  const page = pages.get(key);
  if (!page || page.stamp !== stamp) return undefined;
  pages.delete(key); // most recently used last
  pages.set(key, page);
  return page;
}

export function rememberReaderPage(key: string, stamp: string, body: string): CachedPage {
  const bytes = new TextEncoder().encode(body);
  const page = { stamp, body: bytes, etag: `"${createHash("sha1").update(bytes).digest("base64url")}"` };
  pages.delete(key);
  if (pages.size >= LIMIT) pages.delete(pages.keys().next().value!);
  pages.set(key, page);
  return page;
}
