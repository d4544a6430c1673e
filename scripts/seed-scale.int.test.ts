import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { describeRange } from "@/lib/anchoring/anchor";
import { seedScale } from "./seed-scale/seed";

const t = withTestDatabase();

describe("seed:scale", () => {
  it("makes the organization once, with claims anchored where their quotes are", async () => {
    const first = await seedScale(t.db, { slug: "small", articles: 12, claimsPerArticle: 4 });
    expect(first).toMatchObject({ created: true, articles: 13, published: 9, verdicts: 28 }); // +1: the demo article; (g + k) % 5 < 3 holds 28 times
    const claims = await t.db.claim.findMany({
      where: { orgId: first.orgId, id: { startsWith: "small-c" } },
      include: { version: true },
    });
    expect(claims).toHaveLength(48);
    for (const c of claims) {
      expect(c.version.text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.selectors).toEqual(describeRange(c.version.text, c.start, c.end));
    }
    const again = await seedScale(t.db, { slug: "small", articles: 12, claimsPerArticle: 4 });
    expect(again).toMatchObject({ created: false, orgId: first.orgId, articles: 13, claims: first.claims });
  });

  it("starts again when an earlier run stopped half way", async () => {
    const first = await seedScale(t.db, { slug: "broken", articles: 5, claimsPerArticle: 2 });
    await t.db.article.deleteMany({ where: { orgId: first.orgId, id: "broken-a5" } });
    const again = await seedScale(t.db, { slug: "broken", articles: 5, claimsPerArticle: 2 });
    expect(again).toMatchObject({ created: true, articles: 6 });
    expect(again.orgId).not.toBe(first.orgId);
  });
});
