import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { loadOverview } from "./data";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" }); // must not show up
});

describe("loading the overview", () => {
  it("counts the seed's claims by verdict, state, turnaround and assignee, for one organization only", async () => {
    const o = await loadOverview(demo.orgId);
    expect(o.checked.total).toBe(5);
    expect(o.checked.totals.at(-1)).toBe(5);
    expect(Object.fromEntries(o.states.bars.map((b) => [b.state, b.count]))).toEqual({
      DRAFT: 0,
      IN_REVIEW: 1,
      APPROVED: 0,
      PUBLISHED: 4,
      CORRECTED: 0,
    });
    expect(o.turnaround.overall.count).toBe(4);
    expect(o.load.rows[0]).toMatchObject({ name: "Riley Reviewer", draft: 0, inReview: 1, total: 1 });
    expect(o.load.rows).toHaveLength(3);
  });

  it("counts a corrected claim's first publication, not its correction", async () => {
    const claimId = demo.claimIds[0];
    const first = await t.db.claimPublication.findFirstOrThrow({ where: { claimId } });
    const longAgo = new Date(Date.now() - 200 * 86_400_000);
    await t.db.claimPublication.update({ where: { id: first.id }, data: { publishedAt: longAgo } });
    await t.db.claimPublication.create({
      data: { claimId, snapshot: {}, correctionNote: "fixed", publishedAt: new Date() },
    });
    const o = await loadOverview(demo.orgId);
    expect(o.turnaround.overall.count).toBe(3);
  });
});
