import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type Role } from "@/lib/auth/permissions";
import { claimHref } from "@/lib/notifications/data";
import { excerpt } from "@/lib/notifications/messages";
import type { ClaimView } from "@/lib/claims/view";
import { cutPage, dateCursorValue, type Cursor, type PageLinks } from "@/lib/lists/cursor";
import { keysetOrderBy, keysetWhere, type KeysetOrdering } from "@/lib/lists/keyset";
import type { PageRequest } from "@/lib/lists/params";
import { WORK_PAGE_SIZE, WORK_SECTIONS, workOrderingKey, type MyWorkQuery, type WorkSectionKey } from "./query";

export type WorkItem = {
  key: string;
  claimId: string;
  href: string;
  quote: string;
  articleTitle: string;
  state: ClaimView["state"];
  /** what the row adds to the claim (the interface words it: components/my-work) */
  detail: WorkDetail | null;
  since: string;
};
export type WorkDetail =
  | { kind: "mention"; actor: string | null; excerpt: string }
  | { kind: "verdict"; author: string }
  | { kind: "noVerdict" };
export type WorkPage = { items: WorkItem[]; total: number; offset: number; links: PageLinks };
export type MyWork = {
  canApprove: boolean;
  assigned: WorkPage;
  awaitingApproval: WorkPage | null;
  mentioned: WorkPage;
  inReview: WorkPage | null;
};

type Row = {
  key: string;
  claimId: string;
  articleId: string;
  quote: string;
  articleTitle: string;
  state: ClaimView["state"];
  since: Date;
  actorName: string | null;
  body: string | null;
  verdictAuthor: string | null;
  total: number;
  position: number;
};

// Each section is one query: the section's rows as (key, claim, since), counted and numbered by window functions and
// cut at the cursor (lib/lists/keyset.ts) on (since, key); the display columns are joined for the page's rows only.
function sectionSql(orgId: string, userId: string, section: WorkSectionKey): Prisma.Sql {
  const live = Prisma.sql`c."orgId" = ${orgId} AND c."deletedAt" IS NULL`;
  const none = Prisma.sql`NULL::text AS "commentId", NULL::text AS "actorId"`;
  // the last state change is when it entered review (seeded and imported claims have none: their creation)
  const inReview = Prisma.sql`
    SELECT c."id" AS "key", c."id" AS "claimId", ${none},
      coalesce((SELECT max(e."createdAt") FROM "AuditEvent" e WHERE e."claimId" = c."id" AND e."action" = 'claim.state_changed'), c."createdAt") AS "since"
    FROM "Claim" c
    WHERE ${live} AND c."state" = 'IN_REVIEW'`;
  switch (section) {
    case "assigned":
      return Prisma.sql`
        SELECT c."id" AS "key", c."id" AS "claimId", ${none}, c."updatedAt" AS "since"
        FROM "Claim" c
        WHERE ${live} AND c."assigneeId" = ${userId} AND c."state" NOT IN ('PUBLISHED', 'CORRECTED')`;
    case "review":
      return inReview;
    case "approval":
      // written by someone else, and an approval counts only for the version it was given on: a claim edited since
      // needs my approval again
      return Prisma.sql`${inReview}
        AND EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c."id" AND v."authorId" <> ${userId})
        AND NOT EXISTS (SELECT 1 FROM "Approval" ap WHERE ap."claimId" = c."id" AND ap."userId" = ${userId} AND ap."lockVersion" = c."lockVersion")`;
    case "mentions":
      // unresolved threads where a comment mentioned me (its audit row says whom it mentioned): the newest mention of
      // each thread
      return Prisma.sql`
        SELECT DISTINCT ON (coalesce(cm."parentId", cm."id")) coalesce(cm."parentId", cm."id") AS "key", c."id" AS "claimId",
          cm."id" AS "commentId", e."actorId", e."createdAt" AS "since"
        FROM "AuditEvent" e
          JOIN "Comment" cm ON cm."id" = e."entityId" AND cm."deletedAt" IS NULL
          LEFT JOIN "Comment" parent ON parent."id" = cm."parentId"
          JOIN "Claim" c ON c."id" = cm."claimId"
        WHERE e."orgId" = ${orgId} AND e."action" = 'comment.created' AND ${live}
          AND (e."after" -> 'mentionedUserIds') @> jsonb_build_array(${userId}::text)
          AND CASE WHEN cm."parentId" IS NULL THEN cm."resolvedAt" IS NULL ELSE parent."resolvedAt" IS NULL END
        ORDER BY coalesce(cm."parentId", cm."id"), e."createdAt" DESC, e."id" DESC`;
  }
}

function toItem(section: WorkSectionKey, r: Row): WorkItem {
  const detail =
    section === "mentions"
      ? { kind: "mention" as const, actor: r.actorName ?? null, excerpt: excerpt(r.body ?? "", 120) }
      : section === "assigned"
        ? null
        : r.verdictAuthor
          ? { kind: "verdict" as const, author: r.verdictAuthor }
          : { kind: "noVerdict" as const };
  return {
    key: r.key,
    claimId: r.claimId,
    href: claimHref(r.articleId, r.claimId)!,
    quote: r.quote,
    articleTitle: r.articleTitle,
    state: r.state,
    detail,
    since: r.since.toISOString(),
  };
}

export async function findWorkPage(
  viewer: { userId: string; orgId: string },
  section: WorkSectionKey,
  request: PageRequest,
): Promise<WorkPage> {
  const ordering: KeysetOrdering = {
    column: Prisma.sql`s."since"`,
    id: Prisma.sql`s."key"`,
    direction: WORK_SECTIONS[section].direction,
    nullable: false,
    cast: "timestamp(3)",
  };
  const dir = Prisma.raw(ordering.direction === "asc" ? "ASC" : "DESC");
  const onPage: KeysetOrdering = { ...ordering, column: Prisma.sql`p."since"`, id: Prisma.sql`p."key"` };
  const read = (cursor: Cursor | null, reading: PageRequest["direction"]) => db.$queryRaw<Row[]>`
    SELECT p."key", p."claimId", p."since", p."total", p."position", c."articleId", c."quote", a."title" AS "articleTitle",
      c."state"::text AS "state", va."name" AS "verdictAuthor", actor."name" AS "actorName", cm."body"
    FROM (
      SELECT * FROM (
        SELECT s.*, count(*) OVER ()::int AS "total", row_number() OVER (ORDER BY s."since" ${dir}, s."key" ${dir})::int AS "position"
        FROM (${sectionSql(viewer.orgId, viewer.userId, section)}) s
      ) s
      WHERE ${keysetWhere(ordering, cursor, reading)}
      ${keysetOrderBy(ordering, reading)}
      LIMIT ${WORK_PAGE_SIZE + 1}
    ) p
      JOIN "Claim" c ON c."id" = p."claimId"
      JOIN "Article" a ON a."id" = c."articleId"
      LEFT JOIN "Verdict" v ON v."claimId" = c."id"
      LEFT JOIN "User" va ON va."id" = v."authorId"
      LEFT JOIN "Comment" cm ON cm."id" = p."commentId"
      LEFT JOIN "User" actor ON actor."id" = p."actorId"
    ${keysetOrderBy(onPage, reading)}`;
  let rows = await read(request.cursor, request.direction);
  let reading = request.direction;
  if (rows.length === 0 && request.cursor) {
    rows = await read(null, null); // the rows next to the cursor are gone (done, resolved): the first page
    reading = null;
  }
  const sort = workOrderingKey(section);
  const page = cutPage(rows, WORK_PAGE_SIZE, reading, (r) => ({ sort, value: dateCursorValue(r.since), id: r.key }));
  return {
    items: page.rows.map((r) => toItem(section, r)),
    total: rows[0]?.total ?? 0,
    offset: page.rows.length ? page.rows[0].position - 1 : 0,
    links: page.links,
  };
}

export async function loadMyWork(
  viewer: { userId: string; orgId: string; role: Role },
  query?: MyWorkQuery,
): Promise<MyWork> {
  const canApprove = can(viewer.role, "claim.approve");
  const first: PageRequest = { direction: null, cursor: null };
  const pageOf = (section: WorkSectionKey) => query?.pages[section] ?? first;
  const [assigned, awaitingApproval, mentioned, inReview] = await Promise.all([
    findWorkPage(viewer, "assigned", pageOf("assigned")),
    canApprove ? findWorkPage(viewer, "approval", pageOf("approval")) : null,
    findWorkPage(viewer, "mentions", pageOf("mentions")),
    canApprove ? findWorkPage(viewer, "review", pageOf("review")) : null,
  ]);
  return { canApprove, assigned, awaitingApproval, mentioned, inReview };
}
