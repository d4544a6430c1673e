import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { HEADLINE_OPTIONS, HIT_START, HIT_STOP, splitHeadline, type HeadlineSegment } from "./headline";
import type { ClaimState } from "@/lib/vocabulary/claim-states";
import { cutPage, type Cursor, type PageDirection, type PageLinks } from "@/lib/lists/cursor";
import type { PageRequest } from "@/lib/lists/params";
import {
  readSearchCursorValue,
  SEARCH_ORDERING,
  SEARCH_MATCH_CAP,
  SEARCH_PAGE_SIZE,
  searchCursorValue,
  UNASSIGNED,
  type SearchQuery,
} from "./schema";

export type MatchedField = "claim" | "rationale" | "citation" | "expert" | "article";
export type SearchHit = {
  claimId: string;
  articleId: string;
  articleTitle: string;
  quote: string;
  verdict: { label: string; colour: string } | null;
  state: ClaimState;
  assigneeName: string | null;
  matchedIn: MatchedField[];
  snippet: HeadlineSegment[];
};
/**
 * `total` is the exact number of matching claims when `isTotalExact`; otherwise the search stopped reading at
 * SEARCH_MATCH_CAP matches in some field and there are more than `total` (shown as "more than 1,000").
 */
export type SearchResults = {
  hits: SearchHit[];
  total: number;
  isTotalExact: boolean;
  offset: number;
  links: PageLinks;
};

type Row = {
  claimId: string;
  articleId: string;
  articleTitle: string;
  quote: string;
  verdictLabel: string | null;
  verdictColour: string | null;
  state: SearchHit["state"];
  assigneeName: string | null;
  fields: string[];
  snippet: string | null;
  score: number;
  updatedAt: Date;
  total: number;
  cut: boolean;
  position: number;
};

// Weights order the results: words of the claim itself first, then the verdict's reasoning, the evidence, and last
// the article (a title match makes every claim of that article a result).
const WEIGHTS: Record<MatchedField, number> = { claim: 8, rationale: 4, citation: 2, expert: 2, article: 1 };

// Full-text search over one organization's claims. Each branch repeats its GIN index's expression exactly
// (migrations 20261125213117_live_and_search and 20261203117100_search_language) so PostgreSQL can use the index, and
// applies the filters itself so only matching claims are grouped and ranked; the display joins and ts_headline run
// for the rows of the page.
// Languages: a claim's words, its rationale and its article's title are indexed with the text-search configuration
// of the article's language ("searchConfig": english, spanish, arabic …, simple for languages PostgreSQL has none
// for), so "verificación" finds "verificaciones" in a Spanish article and a Spanish stop word such as "con" does not
// match every Spanish claim. Each row is matched with the query parsed in its own configuration: one index condition
// per configuration the organization's articles use (usually one or two; see searchConfigsOf). Citations (sources in
// any language) and expert names are matched word for word (simple).
// Every value is a bound parameter. Table names stay unqualified: every connection sets its search_path to the URL's
// `?schema=` (lib/pg-connection.ts).
// Pages are keyset pages over (score, last change, id), all descending: the matching claims read are grouped and
// counted (the count and each row's position come from window functions over them), then the page starts after (or
// before) the cursor's row.
// Newsroom scale (issue 17): a word in every one of 200,000 claims made the search read, group and sort all of them
// (about 2 s). Each field now stops after SEARCH_MATCH_CAP + 1 matches (a LIMIT per branch: the GIN bitmap is built,
// then only that many rows are read). When no field reached the cap the count and the ranking are exact; when one did,
// the total is a lower bound ("more than 1,000") and the ranking is over the matches read, the ones PostgreSQL found
// first (table order). Statistics on the expressions of simple, english, spanish and arabic (migration
// 20261203140600_search_statistics) tell the planner how common a word is, so a word in most claims is read
// by a scan that stops at the cap rather than by building its whole GIN bitmap; a rare word still goes through the
// index. The query runs without parallel workers and without synchronized scans, so every page of the same search
// reads the same matches and Next / Previous stay consistent while the claims do not change.
export async function searchClaims(orgId: string, query: SearchQuery & { page: PageRequest }): Promise<SearchResults> {
  const { direction, cursor } = query.page;
  const first = await readSearchPage(orgId, query, direction, cursor);
  // a cursor past every result (claims changed since): the first page
  const rows = first.length === 0 && cursor ? await readSearchPage(orgId, query, null, null) : first;
  const reading = rows === first ? direction : null;
  const page = cutPage(rows, SEARCH_PAGE_SIZE, reading, (r) => ({
    sort: SEARCH_ORDERING,
    value: searchCursorValue(r.score, r.updatedAt),
    id: r.claimId,
  }));
  return {
    hits: page.rows.map((r) => ({
      claimId: r.claimId,
      articleId: r.articleId,
      articleTitle: r.articleTitle,
      quote: r.quote,
      verdict: r.verdictLabel ? { label: r.verdictLabel, colour: r.verdictColour ?? "#64748b" } : null,
      state: r.state,
      assigneeName: r.assigneeName,
      matchedIn: r.fields as MatchedField[],
      snippet: splitHeadline(r.snippet ?? ""),
    })),
    ...countOf(rows),
    offset: page.rows.length ? page.rows[0].position - 1 : 0,
    links: page.links,
  };
}

/** The claims read, and whether that is all of them (no field reached the cap). */
function countOf(rows: Row[]): { total: number; isTotalExact: boolean } {
  if (rows.length === 0) return { total: 0, isTotalExact: true };
  const { total, cut } = rows[0];
  // "more than N" must stay true when a cut field's rows repeat claims (two matching citations of one claim)
  return cut
    ? { total: Math.min(total, SEARCH_MATCH_CAP + 1) - 1, isTotalExact: false }
    : { total, isTotalExact: true };
}

/**
 * Every text-search configuration a row can have (migration 20261203117100_search_language: factdesk_search_config
 * and one partial index per configuration). Written into the SQL as constants, so the planner can use the index of
 * each; only names from this list ever are.
 */
export const SEARCH_CONFIGS = [
  "simple",
  "arabic",
  "german",
  "english",
  "spanish",
  "french",
  "hindi",
  "indonesian",
  "italian",
  "dutch",
  "portuguese",
  "romanian",
  "russian",
  "turkish",
] as const;

/** The text-search configurations of the organization's articles (from the ("orgId", "searchConfig") index). */
async function searchConfigsOf(orgId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ config: string }[]>`
    SELECT DISTINCT "searchConfig"::text AS config FROM "Article" WHERE "orgId" = ${orgId}`;
  return rows.map((r) => r.config).filter((config) => (SEARCH_CONFIGS as readonly string[]).includes(config));
}

/**
 * `text` of rows whose configuration is one of `configs` matches the query parsed in that configuration: one OR
 * branch per configuration, each the expression and predicate of that configuration's partial index.
 */
function matchInOwnConfig(configColumn: Prisma.Sql, text: Prisma.Sql, q: string, configs: string[]): Prisma.Sql {
  if (configs.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(
    configs.map((name) => {
      const config = Prisma.raw(`'${name}'::regconfig`); // from SEARCH_CONFIGS only
      return Prisma.sql`(${configColumn} = ${config} AND to_tsvector(${config}, ${text}) @@ websearch_to_tsquery(${config}, ${q}))`;
    }),
    " OR ",
  )})`;
}

async function readSearchPage(
  orgId: string,
  query: SearchQuery,
  direction: PageDirection | null,
  cursor: Cursor | null,
): Promise<Row[]> {
  const tsq = Prisma.sql`websearch_to_tsquery('simple', ${query.q})`;
  const configs = await searchConfigsOf(orgId);
  const inOwnConfig = (configColumn: Prisma.Sql, text: Prisma.Sql) =>
    matchInOwnConfig(configColumn, text, query.q, configs);

  const conditions: Prisma.Sql[] = [Prisma.sql`c."orgId" = ${orgId}`, Prisma.sql`c."deletedAt" IS NULL`];
  if (query.verdict) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Verdict" fv JOIN "RatingOption" fo ON fo."id" = fv."optionId" WHERE fv."claimId" = c."id" AND fo."label" = ${query.verdict})`,
    );
  }
  if (query.state) conditions.push(Prisma.sql`c."state"::text = ${query.state}`);
  if (query.assignee === UNASSIGNED) conditions.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (query.assignee) conditions.push(Prisma.sql`c."assigneeId" = ${query.assignee}`);
  if (query.from) conditions.push(Prisma.sql`c."createdAt" >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`c."createdAt" < ${query.to}::date + 1`);
  const claimMatches = Prisma.join(conditions, " AND ");
  const at = cursor && direction ? readSearchCursorValue(cursor.value) : null;
  const backwards = at !== null && direction === "before";
  const keyset = at
    ? Prisma.sql`(score, "updatedAt", "claimId") ${Prisma.raw(backwards ? ">" : "<")} (${at.score}::int, CAST(${at.updatedAt} AS timestamp(3)), ${cursor!.id})`
    : Prisma.sql`TRUE`;
  const order = Prisma.raw(backwards ? "ASC" : "DESC");
  const clean = (sql: Prisma.Sql) => Prisma.sql`replace(replace(${sql}, ${HIT_START}, ''), ${HIT_STOP}, '')`;
  const weight = (field: MatchedField) => Prisma.sql`${WEIGHTS[field]}::int`;

  const limit = Prisma.sql`LIMIT ${SEARCH_MATCH_CAP + 1}::int`;
  // set_config(…, true) lasts until the transaction's end: no parallel workers and no synchronized scan, so the first
  // matches PostgreSQL finds in a field are the same on every page (see searchClaims)
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('max_parallel_workers_per_gather', '0', true), set_config('synchronize_seqscans', 'off', true)`,
    db.$queryRaw<Row[]>`
    WITH hits AS ( -- one row per claim and field (per citation for evidence and experts), at most the cap per field
      (SELECT c."id" AS "claimId", c."updatedAt", 'claim' AS field, ${weight("claim")} AS weight FROM "Claim" c
        WHERE ${claimMatches} AND ${inOwnConfig(Prisma.sql`c."searchConfig"`, Prisma.sql`c."quote"`)} ${limit})
      UNION ALL
      (SELECT c."id", c."updatedAt", 'rationale', ${weight("rationale")} FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
        WHERE ${claimMatches} AND ${inOwnConfig(Prisma.sql`v."searchConfig"`, Prisma.sql`v."rationale"`)} ${limit})
      UNION ALL
      (SELECT c."id", c."updatedAt", 'citation', ${weight("citation")} FROM "Citation" ci JOIN "Claim" c ON c."id" = ci."claimId"
        WHERE ${claimMatches} AND ci."deletedAt" IS NULL
          AND to_tsvector('simple', coalesce(ci."quote", '') || ' ' || coalesce(ci."sourceTitle", '') || ' ' || coalesce(ci."publisher", '')) @@ ${tsq}
        ${limit})
      UNION ALL
      (SELECT c."id", c."updatedAt", 'expert', ${weight("expert")} FROM "Expert" e
        JOIN "Citation" ci ON ci."expertId" = e."id" AND ci."deletedAt" IS NULL JOIN "Claim" c ON c."id" = ci."claimId"
        WHERE e."orgId" = ${orgId} AND ${claimMatches} AND to_tsvector('simple', e."name") @@ ${tsq} ${limit})
      UNION ALL
      (SELECT c."id", c."updatedAt", 'article', ${weight("article")} FROM "Article" a JOIN "Claim" c ON c."articleId" = a."id"
        WHERE a."orgId" = ${orgId} AND ${claimMatches}
          AND ${inOwnConfig(Prisma.sql`a."searchConfig"`, Prisma.sql`a."title" || ' ' || coalesce(a."outlet", '')`)} ${limit})
    ), fields AS ( -- several citations of a claim may match: the field counts once
      SELECT DISTINCT "claimId", "updatedAt", field, weight FROM hits
    ), grouped AS (
      SELECT "claimId", max("updatedAt") AS "updatedAt", array_agg(field ORDER BY weight DESC) AS fields, sum(weight)::int AS score
      FROM fields GROUP BY "claimId"
    ), counted AS (
      SELECT *, count(*) OVER ()::int AS total,
        row_number() OVER (ORDER BY score DESC, "updatedAt" DESC, "claimId" DESC)::int AS position
      FROM grouped
    ), ranked AS (
      SELECT * FROM counted WHERE ${keyset}
      ORDER BY score ${order}, "updatedAt" ${order}, "claimId" ${order}
      LIMIT ${SEARCH_PAGE_SIZE + 1}::int
    )
    SELECT r."claimId", c."articleId", a."title" AS "articleTitle", c."quote", o."label" AS "verdictLabel", o."colour" AS "verdictColour",
      c."state"::text AS state, u."name" AS "assigneeName", r.fields, r.total, r.position, r.score, r."updatedAt",
      -- a field whose LIMIT was reached: there may be more matches than were read
      (SELECT count(*) FROM hits GROUP BY field ORDER BY 1 DESC LIMIT 1) > ${SEARCH_MATCH_CAP}::int AS cut,
      ts_headline(c."searchConfig", ${clean(Prisma.sql`concat_ws(' … ', c."quote", nullif(v."rationale", ''), (
        SELECT string_agg(concat_ws(' ', e."name", ci."quote", ci."sourceTitle", ci."publisher"), ' … ' ORDER BY ci."position")
        FROM "Citation" ci LEFT JOIN "Expert" e ON e."id" = ci."expertId"
        WHERE ci."claimId" = r."claimId" AND ci."deletedAt" IS NULL
      ), a."title")`)}, websearch_to_tsquery(c."searchConfig", ${query.q}), ${HEADLINE_OPTIONS}) AS snippet
    FROM ranked r
      JOIN "Claim" c ON c."id" = r."claimId"
      JOIN "Article" a ON a."id" = c."articleId"
      LEFT JOIN "Verdict" v ON v."claimId" = c."id"
      LEFT JOIN "RatingOption" o ON o."id" = v."optionId"
      LEFT JOIN "User" u ON u."id" = c."assigneeId"
    ORDER BY r.score ${order}, r."updatedAt" ${order}, r."claimId" ${order}`,
  ]);
  return rows;
}

// Choices for the filter menus: the organization's verdict labels (across its scales) and its members.
export async function loadSearchFilters(orgId: string) {
  const [options, members] = await Promise.all([
    db.ratingOption.findMany({
      where: { scale: { orgId } },
      distinct: ["label"],
      orderBy: { label: "asc" },
      select: { label: true },
    }),
    db.membership.findMany({
      where: { orgId },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  return { verdictLabels: options.map((o) => o.label), members: members.map((m) => m.user) };
}
