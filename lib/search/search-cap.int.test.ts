import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { encodeCursor } from "@/lib/lists/cursor";
import { searchClaims, type SearchResults } from "./data";
import { parseSearchParams, SEARCH_MATCH_CAP, SEARCH_PAGE_SIZE } from "./schema";

// Issue 17: a search stops reading after SEARCH_MATCH_CAP matches in a field. Below the cap the total is exact; past it
// the total says "more than" and paging walks the matches read, page by page, in both directions. Runs on PostgreSQL
// (DATABASE_URL set) and on the embedded database alike.
const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;

const search = (input: Record<string, string>) => {
  const parsed = parseSearchParams(input);
  if (parsed.kind !== "ok") throw new Error(`not a search: ${JSON.stringify(parsed)}`);
  return searchClaims(demo.orgId, parsed.query);
};

/** Claims in a fresh article, each quote naming `word`; returns their ids. */
async function claimsSaying(word: string, count: number): Promise<string[]> {
  const reviewer = demo.users.REVIEWER.id;
  const article = await t.db.article.create({
    data: { orgId: demo.orgId, title: `Fisheries report ${count}`, createdById: reviewer },
  });
  const version = await t.db.articleVersion.create({
    data: { articleId: article.id, number: 1, text: "Text.", contentHash: article.id, createdById: reviewer },
  });
  const rows = await t.db.claim.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({
      orgId: demo.orgId,
      articleId: article.id,
      versionId: version.id,
      selectors: [],
      quote: `The ${word} quota rose by ${i} percent`,
      start: 0,
      end: 10,
      createdById: reviewer,
    })),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Every page of a search, following Next from the first; checks each page's offset on the way. */
async function allPages(input: Record<string, string>): Promise<SearchResults[]> {
  const pages = [await search(input)];
  while (pages.at(-1)!.links.after) {
    const previous = pages.at(-1)!;
    const page = await search({ ...input, after: encodeCursor(previous.links.after!) });
    expect(page.offset).toBe(previous.offset + previous.hits.length);
    pages.push(page);
  }
  return pages;
}

afterAll(() => {
  vi.unstubAllEnvs();
});

beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", t.url);
  demo = await seedDemoData(t.db);
}, 60_000);

describe("search totals at the cap", () => {
  it("counts exactly below the cap and pages through every match", async () => {
    const ids = await claimsSaying("mackerel", 120);
    const pages = await allPages({ q: "mackerel" });
    expect(pages.map((p) => p.hits.length)).toEqual([50, 50, 20]);
    expect(pages.every((p) => p.total === 120 && p.isTotalExact)).toBe(true);
    const found = pages.flatMap((p) => p.hits.map((h) => h.claimId));
    expect(new Set(found).size).toBe(120);
    expect(found.sort()).toEqual([...ids].sort());
  });

  it(`is exact at ${SEARCH_MATCH_CAP} matches and says "more than" past them, paging both ways`, async () => {
    await claimsSaying("sardine", SEARCH_MATCH_CAP);
    const atCap = await search({ q: "sardine" });
    expect(atCap).toMatchObject({ total: SEARCH_MATCH_CAP, isTotalExact: true });

    await claimsSaying("sardine", 500);
    // with fresh statistics the planner knows "sardine" is in most claims and reads them with a scan that stops at
    // the cap (migration 20261203140600_search_statistics) instead of the GIN index: the pages must hold either way
    await t.db.$executeRawUnsafe(`ANALYZE "Claim"`);
    const first = await search({ q: "sardine" });
    expect(first).toMatchObject({ total: SEARCH_MATCH_CAP, isTotalExact: false, offset: 0 });
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE);

    // the pages walk the matches read (the cap and the one that proved there are more), none twice, each a match
    const pages = await allPages({ q: "sardine" });
    const found = pages.flatMap((p) => p.hits);
    expect(new Set(found.map((h) => h.claimId)).size).toBe(found.length);
    expect(found).toHaveLength(SEARCH_MATCH_CAP + 1);
    expect(found.every((h) => h.quote.includes("sardine"))).toBe(true);
    expect(pages.every((p) => !p.isTotalExact && p.total === SEARCH_MATCH_CAP)).toBe(true);

    // Previous from the third page is the second page, row for row
    const back = await search({ q: "sardine", before: encodeCursor(pages[2].links.before!) });
    expect(back.hits.map((h) => h.claimId)).toEqual(pages[1].hits.map((h) => h.claimId));
    expect(back.offset).toBe(SEARCH_PAGE_SIZE);

    // a filter that leaves fewer than the cap is exact again
    const filtered = await search({ q: "sardine", state: "IN_REVIEW" });
    expect(filtered).toMatchObject({ total: 0, isTotalExact: true });
  }, 60_000);
});
