import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { encodeCursor } from "@/lib/lists/cursor";
import { listNoticeIn } from "@/lib/lists/params";
import { findOutletsForOrg } from "./data";
import { findArticlePage, type ArticlePage } from "./list-data";
import {
  ARTICLE_PAGE_SIZE,
  ARTICLE_SORT_KEYS,
  ARTICLE_SORTS,
  parseArticleListParams,
  type ArticleSort,
} from "./list-query";

// 120 articles in one organization with ties on every sort column (groups of 7 share a title and every date) and
// a third never published, plus another organization's articles that must never show.
const t = withTestDatabase();
let orgId: string;
let otherOrgId: string;
const ROWS = 120;

beforeAll(async () => {
  const demo = await seedDemoData(t.db);
  const other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
  orgId = demo.orgId;
  otherOrgId = other.orgId;
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
  const article = (i: number, org: string, createdById: string) => ({
    // ids in a different order than the titles and dates, so the tie-break is visible
    id: `t${String((i * 37) % 1000).padStart(3, "0")}${org === orgId ? "a" : "b"}`,
    orgId: org,
    createdById,
    title: `Title ${String(Math.floor(i / 7)).padStart(2, "0")}`,
    outlet: org !== orgId ? "Their Gazette" : i % 2 ? "Odd Times" : "Even Post",
    status: i % 3 === 0 ? ("DRAFT" as const) : ("PUBLISHED" as const),
    publishedAt: i % 3 === 0 ? null : day(Math.floor(i / 7)),
    originalPublishedAt: i % 5 === 0 ? null : day(-Math.floor(i / 7)),
    updatedAt: day(Math.floor(i / 7)),
  });
  await t.db.article.createMany({
    data: Array.from({ length: ROWS - 1 }, (_, i) => article(i, orgId, demo.users.EDITOR.id)),
  });
  await t.db.article.createMany({
    data: Array.from({ length: 30 }, (_, i) => article(i, otherOrgId, other.users.EDITOR.id)),
  });
});

const columnOf = {
  updated: "updatedAt",
  "fact-check-published": "publishedAt",
  "original-date": "originalPublishedAt",
  title: "title",
} as const;

/** The order the list must show: rows without a value last, then the column, then the id. */
async function expectedOrder(sort: ArticleSort, dir: "asc" | "desc", where: { status?: "DRAFT" | "PUBLISHED" } = {}) {
  const rows = await t.db.article.findMany({ where: { orgId, ...where } });
  const key = columnOf[sort];
  const sign = dir === "asc" ? 1 : -1;
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .sort((x, y) => {
      const a = x[key] instanceof Date ? (x[key] as Date).getTime() : (x[key] as string | null);
      const b = y[key] instanceof Date ? (y[key] as Date).getTime() : (y[key] as string | null);
      if (a === null || b === null) return a === b ? sign * cmp(x.id, y.id) : a === null ? 1 : -1;
      return sign * cmp(a, b) || sign * cmp(x.id, y.id);
    })
    .map((r) => r.id);
}

async function readAll(params: Record<string, string>, backwardsFrom?: ArticlePage) {
  const pages: ArticlePage[] = [];
  let link: { after?: string; before?: string } = {};
  if (backwardsFrom) link = { before: encodeCursor(backwardsFrom.links.before!) };
  for (let i = 0; i < 10; i++) {
    const query = parseArticleListParams({ ...params, ...link });
    expect(query.notices).toEqual([]);
    const page = await findArticlePage(orgId, query);
    pages.push(page);
    const next = backwardsFrom ? page.links.before : page.links.after;
    if (!next) break;
    link = backwardsFrom ? { before: encodeCursor(next) } : { after: encodeCursor(next) };
  }
  return pages;
}

describe("Articles list paging", () => {
  for (const sort of ARTICLE_SORT_KEYS) {
    for (const dir of ["asc", "desc"] as const) {
      it(`pages through every row once, in order, by ${sort} ${dir}, and back`, async () => {
        const expected = await expectedOrder(sort, dir);
        expect(expected).toHaveLength(ROWS);
        const pages = await readAll({ sort, dir });
        expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
        expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(expected);
        expect(pages.map((p) => p.offset)).toEqual([0, 50, 100]);
        expect(pages.every((p) => p.total === ROWS)).toBe(true);
        // Previous from the last page walks back to the first, with the same pages
        const back = await readAll({ sort, dir }, pages[2]);
        expect(back.map((p) => p.rows.map((r) => r.id))).toEqual(
          [pages[1], pages[0]].map((p) => p.rows.map((r) => r.id)),
        );
        expect(back[1].links.before).toBeNull();
        expect(back.map((p) => p.offset)).toEqual([50, 0]);
      });
    }
  }

  it("keeps the filter on every page and counts only matching rows", async () => {
    const expected = await expectedOrder("fact-check-published", "desc", { status: "DRAFT" });
    const pages = await readAll({ sort: "fact-check-published", status: "DRAFT" });
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(expected);
    expect(pages[0].total).toBe(expected.length);
    expect(pages.flatMap((p) => p.rows).every((r) => r.status === "DRAFT" && r.publishedAt === null)).toBe(true);
  });

  it("never shows another organization's articles", async () => {
    const pages = await readAll({ q: "Title" });
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(ids).toHaveLength(ROWS - 1); // the seeded demo article has another title
    expect(ids.some((id) => id.endsWith("b"))).toBe(false);
    const theirs = await findArticlePage(otherOrgId, parseArticleListParams({ q: "Title" }));
    expect(theirs.total).toBe(30);
    expect(theirs.rows.every((r) => r.id.endsWith("b"))).toBe(true);
  });

  it("a cursor from the other organization only positions this one's rows", async () => {
    const [theirs] = await t.db.article.findMany({ where: { orgId: otherOrgId }, orderBy: { id: "asc" }, take: 1 });
    const cursor = encodeCursor({ sort: "articles.title.asc", value: theirs.title, id: theirs.id });
    const page = await findArticlePage(orgId, parseArticleListParams({ sort: "title", after: cursor }));
    expect(page.rows.every((r) => r.id.endsWith("a") || !r.id.startsWith("t"))).toBe(true);
  });

  it("treats a damaged cursor, a cursor of another sort and bad parameters as the first page with a notice", async () => {
    const titleCursor = encodeCursor({ sort: "articles.title.asc", value: "Title 03", id: "zzz" });
    const badDate = encodeCursor({ sort: "articles.updated.desc", value: "2026-02-30T00:00:00.000Z", id: "a" });
    const nullUpdated = encodeCursor({ sort: "articles.updated.desc", value: null, id: "a" });
    for (const params of [
      { after: "%%%not-a-cursor" },
      { after: titleCursor },
      { before: badDate },
      { after: nullUpdated },
      { after: "A".repeat(5000) },
    ]) {
      const query = parseArticleListParams(params);
      expect(listNoticeIn(query.notices[0]!, "en")).toMatch(/page link is out of date or damaged/);
      expect(query.page).toEqual({ direction: null, cursor: null });
      const page = await findArticlePage(orgId, query);
      expect(page.offset).toBe(0);
      expect(page.rows).toHaveLength(ARTICLE_PAGE_SIZE);
    }
    const query = parseArticleListParams({
      sort: "nope",
      dir: "up",
      status: "GONE",
      from: "2026-02-30",
      q: ["a", "b"],
    });
    expect(query.sort).toBe("updated");
    expect(query.direction).toBe(ARTICLE_SORTS.updated.defaultDirection);
    expect(query.filter).toMatchObject({ status: undefined, from: undefined, q: "a" });
    expect(query.notices.map((notice) => listNoticeIn(notice, "en"))).toEqual([
      "Ignored status: the status is Draft or Published.",
      "Ignored from: not a real date.",
      "Ignored sort: not a sort this list offers.",
      "Ignored dir: the direction is asc or desc.",
    ]);
    // in the member's language, parameter names kept as they stand in the address
    expect(listNoticeIn(query.notices[2]!, "es")).toBe("Se ignoró «sort»: no es un orden que ofrezca esta lista.");
    expect(listNoticeIn(query.notices[1]!, "ar")).toBe("تم تجاهل «from»: ليس تاريخًا حقيقيًا.");
  });

  it("a cursor past the last row (rows deleted since) starts again at the first page", async () => {
    const cursor = encodeCursor({ sort: "articles.updated.desc", value: "2000-01-01T00:00:00.000Z", id: "a" });
    const page = await findArticlePage(orgId, parseArticleListParams({ after: cursor }));
    expect(page.restarted).toBe(true);
    expect(page.rows).toHaveLength(ARTICLE_PAGE_SIZE);
    expect(page.links.before).toBeNull();
  });

  it("offers each outlet of the organization once, and only its own", async () => {
    expect(await findOutletsForOrg(orgId)).toEqual(["Even Post", "Mothership", "Odd Times"]);
    expect(await findOutletsForOrg(otherOrgId)).toEqual(["Mothership", "Their Gazette"]);
  });

  it("counts each article's claims by verdict", async () => {
    const page = await findArticlePage(orgId, parseArticleListParams({ q: "Trump" }));
    const seeded = await t.db.claim.count({
      where: { orgId, deletedAt: null, article: { title: { contains: "Trump" } } },
    });
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0].claimCount).toBe(seeded);
    expect(page.rows[0].verdicts.reduce((n, v) => n + v.count, 0) + page.rows[0].unrated).toBe(seeded);
    expect(page.rows[0].verdicts.length).toBeGreaterThan(0);
  });
});
