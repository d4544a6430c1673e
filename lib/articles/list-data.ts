import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cutPage, dateCursorValue, type Cursor, type PageLinks } from "@/lib/lists/cursor";
import { keysetOrderBy, keysetWhere, type KeysetOrdering } from "@/lib/lists/keyset";
import {
  ARTICLE_PAGE_SIZE,
  articleOrderingKey,
  type ArticleListFilter,
  type ArticleListQuery,
  type ArticleSort,
} from "./list-query";

export type VerdictCount = { label: string; colour: string; count: number };
export type ArticleListRow = {
  id: string;
  title: string;
  outlet: string | null;
  status: "DRAFT" | "PUBLISHED";
  originalPublishedAt: Date | null;
  /** when our fact-check was last published (first publication or a later correction); null while never published */
  publishedAt: Date | null;
  updatedAt: Date;
  claimCount: number;
  unrated: number;
  verdicts: VerdictCount[];
};
export type ArticlePage = {
  rows: ArticleListRow[];
  /** every article matching the filters (exact: one count over the organization's index range) */
  total: number;
  /** how many matching articles come before this page's first row */
  offset: number;
  links: PageLinks;
  /** set when the cursor pointed past every row (the rows it stood next to were deleted): the first page is shown */
  restarted: boolean;
};

type BaseRow = Omit<ArticleListRow, "claimCount" | "unrated" | "verdicts">;

const COLUMNS: Record<ArticleSort, { column: Prisma.Sql; nullable: boolean; cast: KeysetOrdering["cast"] }> = {
  updated: { column: Prisma.sql`a."updatedAt"`, nullable: false, cast: "timestamp(3)" },
  "fact-check-published": { column: Prisma.sql`a."publishedAt"`, nullable: true, cast: "timestamp(3)" },
  "original-date": { column: Prisma.sql`a."originalPublishedAt"`, nullable: true, cast: "timestamp(3)" },
  title: { column: Prisma.sql`a."title"`, nullable: false, cast: "text" },
};

function cursorValue(sort: ArticleSort, row: BaseRow) {
  switch (sort) {
    case "updated":
      return dateCursorValue(row.updatedAt);
    case "fact-check-published":
      return dateCursorValue(row.publishedAt);
    case "original-date":
      return dateCursorValue(row.originalPublishedAt);
    case "title":
      return row.title;
  }
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filters as SQL; the organization comes first in every branch (tenant scope). */
function filterSql(orgId: string, filter: ArticleListFilter): Prisma.Sql {
  const parts = [Prisma.sql`a."orgId" = ${orgId}`];
  if (filter.status) parts.push(Prisma.sql`a."status" = CAST(${filter.status} AS "ArticleStatus")`);
  if (filter.outlet) parts.push(Prisma.sql`lower(a."outlet") = lower(${filter.outlet})`);
  if (filter.q) {
    const p = likePattern(filter.q);
    parts.push(Prisma.sql`(a."title" ILIKE ${p} OR a."outlet" ILIKE ${p} OR a."author" ILIKE ${p})`);
  }
  if (filter.from) parts.push(Prisma.sql`a."originalPublishedAt" >= ${filter.from}`);
  // the "to" day is included: everything before the next midnight
  if (filter.to) parts.push(Prisma.sql`a."originalPublishedAt" < ${new Date(filter.to.getTime() + 86_400_000)}`);
  return Prisma.join(parts, " AND ");
}

export async function findArticlePage(orgId: string, query: ArticleListQuery): Promise<ArticlePage> {
  const sortKey = articleOrderingKey(query.sort, query.direction);
  const ordering: KeysetOrdering = { ...COLUMNS[query.sort], id: Prisma.sql`a."id"`, direction: query.direction };
  const where = filterSql(orgId, query.filter);
  const { direction, cursor } = query.page;
  const readRows = (from: Cursor | null, reading: typeof direction) =>
    db.$queryRaw<BaseRow[]>`
      SELECT a."id", a."title", a."outlet", a."status"::text AS "status", a."originalPublishedAt", a."publishedAt", a."updatedAt"
      FROM "Article" a
      WHERE ${where} AND ${keysetWhere(ordering, from, reading)}
      ${keysetOrderBy(ordering, reading)}
      LIMIT ${ARTICLE_PAGE_SIZE + 1}`;
  const [fetched, [{ total }]] = await Promise.all([
    readRows(cursor, direction),
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Article" a WHERE ${where}`,
  ]);
  let rows = fetched;
  let reading = direction;
  const restarted = rows.length === 0 && cursor !== null && total > 0;
  if (restarted) {
    rows = await readRows(null, null);
    reading = null;
  }
  const cursorOf = (row: BaseRow): Cursor => ({ sort: sortKey, value: cursorValue(query.sort, row), id: row.id });
  const page = cutPage(rows, ARTICLE_PAGE_SIZE, reading, cursorOf);
  const first = page.rows[0];
  const [claims, offset] = await Promise.all([
    countClaimsByVerdict(
      orgId,
      page.rows.map((r) => r.id),
    ),
    first && reading !== null
      ? db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM "Article" a
          WHERE ${where} AND ${keysetWhere(ordering, cursorOf(first), "before")}`.then(([r]) => r.n)
      : Promise.resolve(0),
  ]);
  return {
    rows: page.rows.map((r) => ({ ...r, ...(claims.get(r.id) ?? { claimCount: 0, unrated: 0, verdicts: [] }) })),
    total,
    offset,
    links: page.links,
    restarted,
  };
}

type VerdictRow = { articleId: string; label: string | null; colour: string | null; value: number | null; n: number };

/** Claims of the page's articles grouped by verdict: one grouped query for the ≤50 articles shown. */
async function countClaimsByVerdict(orgId: string, articleIds: string[]) {
  const byArticle = new Map<string, Pick<ArticleListRow, "claimCount" | "unrated" | "verdicts">>();
  if (articleIds.length === 0) return byArticle;
  const rows = await db.$queryRaw<VerdictRow[]>`
    SELECT c."articleId", o."label", o."colour", o."value", count(*)::int AS n
    FROM "Claim" c
      LEFT JOIN "Verdict" v ON v."claimId" = c."id"
      LEFT JOIN "RatingOption" o ON o."id" = v."optionId"
    WHERE c."orgId" = ${orgId} AND c."articleId" IN (${Prisma.join(articleIds)}) AND c."deletedAt" IS NULL
    GROUP BY c."articleId", o."label", o."colour", o."value"
    ORDER BY o."value" DESC NULLS LAST`;
  for (const r of rows) {
    const entry = byArticle.get(r.articleId) ?? { claimCount: 0, unrated: 0, verdicts: [] };
    entry.claimCount += r.n;
    if (r.label === null) entry.unrated += r.n;
    else {
      const same = entry.verdicts.find((v) => v.label === r.label);
      if (same) same.count += r.n;
      else entry.verdicts.push({ label: r.label, colour: r.colour ?? "#64748b", count: r.n });
    }
    byArticle.set(r.articleId, entry);
  }
  return byArticle;
}
