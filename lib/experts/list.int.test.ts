import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { encodeCursor } from "@/lib/lists/cursor";
import { findExpertPage, type ExpertPage } from "./data";
import { parseExpertListParams } from "./list-query";

// 120 experts, names repeating in groups of 4 (ties broken by id), plus another organization's 10.
const t = withTestDatabase();
let orgId: string;
let otherOrgId: string;

beforeAll(async () => {
  orgId = (await seedDemoData(t.db)).orgId;
  otherOrgId = (await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" })).orgId;
  const expert = (i: number, org: string) => ({
    id: `e${String((i * 53) % 1000).padStart(3, "0")}${org === orgId ? "a" : "b"}`,
    orgId: org,
    name: `Expert ${String(Math.floor(i / 4)).padStart(2, "0")}`,
    affiliation: i % 2 ? "Odd University" : "Even Institute",
  });
  await t.db.expert.createMany({ data: Array.from({ length: 119 }, (_, i) => expert(i, orgId)) });
  await t.db.expert.createMany({ data: Array.from({ length: 10 }, (_, i) => expert(i, otherOrgId)) });
});

async function readAll(params: Record<string, string>) {
  const pages: ExpertPage[] = [];
  let after: string | undefined;
  do {
    const query = parseExpertListParams({ ...params, ...(after && { after }) });
    expect(query.notices).toEqual([]);
    const page = await findExpertPage(orgId, query);
    pages.push(page);
    after = page.links.after ? encodeCursor(page.links.after) : undefined;
  } while (after && pages.length < 10);
  return pages;
}

describe("expert directory paging", () => {
  it("pages through every expert of the organization once, by name then id, and back", async () => {
    const all = await t.db.expert.findMany({ where: { orgId }, orderBy: [{ name: "asc" }, { id: "asc" }] });
    expect(all).toHaveLength(120); // the demo seed's expert too
    const pages = await readAll({});
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all.map((e) => e.id));
    expect(pages.map((p) => [p.offset, p.total])).toEqual([
      [0, 120],
      [50, 120],
      [100, 120],
    ]);
    const back = await findExpertPage(orgId, parseExpertListParams({ before: encodeCursor(pages[2].links.before!) }));
    expect(back.rows.map((r) => r.id)).toEqual(pages[1].rows.map((r) => r.id));
    expect(back.offset).toBe(50);
  });

  it("keeps the search on every page and never shows another organization's experts", async () => {
    const pages = await readAll({ q: "odd" });
    const rows = pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(59);
    expect(pages[0].total).toBe(59);
    expect(rows.every((r) => r.affiliation === "Odd University" && r.id.endsWith("a"))).toBe(true);
  });

  it("falls back to the first page on a bad cursor", async () => {
    const query = parseExpertListParams({ after: encodeCursor({ sort: "articles.title.asc", value: "x", id: "a" }) });
    expect(query.notices).toHaveLength(1);
    expect((await findExpertPage(orgId, query)).offset).toBe(0);
  });
});
