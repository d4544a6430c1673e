import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { searchClaims, loadSearchFilters } from "./data";
import { encodeCursor } from "@/lib/lists/cursor";
import { parseSearchParams } from "./schema";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;

const search = (orgId: string, input: Record<string, string>) => {
  const parsed = parseSearchParams(input);
  if (parsed.kind !== "ok") throw new Error(`not a search: ${JSON.stringify(parsed)}`);
  return searchClaims(orgId, parsed.query);
};
afterAll(() => {
  vi.unstubAllEnvs();
});

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join("");
const hitWords = (segments: { text: string; hit: boolean }[]) =>
  segments.filter((s) => s.hit).map((s) => s.text.toLowerCase());

beforeAll(async () => {
  // raw SQL finds the test schema through DATABASE_URL's ?schema=, as the app's generated queries do
  vi.stubEnv("DATABASE_URL", t.url);
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

describe("full-text search", () => {
  it("finds the seed's Szechenyi citation, with the name highlighted in the snippet", async () => {
    const result = await search(demo.orgId, { q: "Szechenyi" });
    expect(result.total).toBe(1);
    const [hit] = result.hits;
    expect(hit.quote).toBe("We have to protect them, but they don't have to protect us");
    expect(hit.matchedIn).toContain("expert");
    expect(hit.verdict?.label).toBe("Technically inaccurate");
    expect(hit.state).toBe("PUBLISHED");
    expect(hit.assigneeName).toBe("Riley Reviewer");
    expect(hit.articleTitle).toMatch(/^'We have to protect them/);
    expect(hitWords(hit.snippet)).toContain("szechenyi");
  });

  it("finds a word that only the verdict rationale contains", async () => {
    const result = await search(demo.orgId, { q: "legislation" });
    expect(result.hits.map((h) => h.matchedIn)).toEqual([["rationale"]]);
    expect(text(result.hits[0].snippet)).toContain("security legislation");
  });

  it("understands quoted phrases and exclusions, and survives stray syntax", async () => {
    const phrase = await search(demo.orgId, { q: '"collective defence clause"' });
    expect(phrase.hits.map((h) => h.quote)).toEqual([
      "The alliance, formed in 1949 in Washington, has a collective defence clause",
    ]);
    // each field is matched on its own (that is what the indexes allow): "-word" excludes fields containing it
    expect((await search(demo.orgId, { q: "1949" })).total).toBe(1);
    expect((await search(demo.orgId, { q: "1949 -Washington" })).total).toBe(0);
    await expect(search(demo.orgId, { q: `(( ' " & | ! <script>` })).resolves.toBeDefined();
  });

  it("respects the verdict, state, assignee and date filters", async () => {
    const all = await search(demo.orgId, { q: "Japan" });
    expect(all.total).toBeGreaterThanOrEqual(3);
    const accurate = await search(demo.orgId, { q: "Japan", verdict: "Accurate" });
    expect(accurate.total).toBeGreaterThan(0);
    expect(accurate.hits.every((h) => h.verdict?.label === "Accurate")).toBe(true);
    const inReview = await search(demo.orgId, { q: "Japan", state: "IN_REVIEW" });
    expect(inReview.hits.map((h) => h.quote)).toEqual([
      "Trump had previously met with Japanese Prime Minister Shigeru Ishiba in February 2025",
    ]);
    expect((await search(demo.orgId, { q: "Japan", assignee: "none" })).total).toBe(0);
    expect((await search(demo.orgId, { q: "Japan", assignee: demo.users.REVIEWER.id })).total).toBe(all.total);
    expect((await search(demo.orgId, { q: "Japan", assignee: demo.users.EDITOR.id })).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await search(demo.orgId, { q: "Japan", from: today, to: today })).total).toBe(all.total);
    expect((await search(demo.orgId, { q: "Japan", from: "2000-01-01", to: "2000-12-31" })).total).toBe(0);
  });

  it("never returns another organization's rows", async () => {
    await t.db.verdict.update({
      where: { claimId: other.claimIds[0] },
      data: { rationale: "Zanzibarian archives disagree." },
    });
    expect((await search(demo.orgId, { q: "Zanzibarian" })).total).toBe(0);
    expect((await search(other.orgId, { q: "Zanzibarian" })).total).toBe(1);
    const mine = new Set(demo.claimIds);
    const szechenyi = await search(demo.orgId, { q: "Szechenyi OR treaty OR Japan" });
    expect(szechenyi.hits.length).toBeGreaterThan(0);
    expect(szechenyi.hits.every((h) => mine.has(h.claimId))).toBe(true);
    const filters = await loadSearchFilters(demo.orgId);
    expect(filters.members.map((m) => m.name).sort()).toEqual(["Alex Admin", "Erin Editor", "Riley Reviewer"]);
  });

  it("leaves out deleted claims and pages by 20", async () => {
    await t.db.claim.update({ where: { id: demo.claimIds[4] }, data: { deletedAt: new Date() } });
    expect((await search(demo.orgId, { q: "Ishiba" })).total).toBe(0);

    const base = await t.db.claim.findUniqueOrThrow({ where: { id: demo.claimIds[0] } });
    await t.db.claim.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        orgId: demo.orgId,
        articleId: demo.articleId,
        versionId: demo.versionId,
        selectors: [],
        quote: `Pagination marker number ${i}`,
        start: base.start,
        end: base.end,
        createdById: demo.users.REVIEWER.id,
      })),
    });
    // same score and (created together) mostly the same time: the id keeps every claim in one place
    const first = await search(demo.orgId, { q: "pagination marker" });
    const second = await search(demo.orgId, { q: "pagination marker", after: encodeCursor(first.links.after!) });
    expect([first.total, first.hits.length, second.hits.length, first.offset, second.offset]).toEqual([
      60, 50, 10, 0, 50,
    ]);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.claimId)).size).toBe(60);
    expect(second.links.after).toBeNull();
    const back = await search(demo.orgId, { q: "pagination marker", before: encodeCursor(second.links.before!) });
    expect(back.hits.map((h) => h.claimId)).toEqual(first.hits.map((h) => h.claimId));
    expect(back.links.before).toBeNull();
    expect((await search(other.orgId, { q: "pagination marker" })).total).toBe(0);
  });

  it("keeps markup in the data as plain text in the snippet", async () => {
    await t.db.verdict.update({
      where: { claimId: demo.claimIds[1] },
      data: { rationale: "Quokka \uE000fake\uE001 <img src=x onerror=alert(1)> evidence" },
    });
    const [hit] = (await search(demo.orgId, { q: "quokka" })).hits;
    expect(hitWords(hit.snippet)).toEqual(["quokka"]);
    expect(text(hit.snippet)).not.toContain("\uE000");
  });
});
