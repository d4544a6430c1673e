import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_ORG } from "@/lib/seed/demo-accounts";
import type { ReviewReport } from "@/lib/export/report-model";
import { GET as getReaderPage } from "@/app/r/[org]/[article]/route";
import { buildReviewReport } from "./build-report";
import { importReviewReport } from "./import-report";
import { CLAIMS_PER_BATCH, STAGING_SLUG_PREFIX } from "./write-imported-article";

// Large imports are written in batches (the database serves others between them) and still all or nothing: until
// the last batch commits, nothing of the import is visible in the importing organization.

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
let exported: ReviewReport;
const importer = () => ({ userId: other.users.REVIEWER.id, orgId: other.orgId });

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
  exported = await buildReviewReport(demo.orgId, demo.articleId);
});

/** The seed review with its claims repeated up to `count` (same quotes and offsets, own ids). */
const withClaims = (count: number): ReviewReport => ({
  ...exported,
  claims: Array.from({ length: count }, (_, i) => ({ ...exported.claims[i % exported.claims.length], id: `c${i}` })),
});

const visible = async () => ({
  articles: await t.db.article.count({ where: { orgId: other.orgId } }),
  claims: await t.db.claim.count({ where: { orgId: other.orgId } }),
  experts: await t.db.expert.count({ where: { orgId: other.orgId } }),
  audits: await t.db.auditEvent.count({ where: { orgId: other.orgId } }),
});
const stagingOrganizations = () => t.db.organization.count({ where: { slug: { startsWith: STAGING_SLUG_PREFIX } } });
const stagedClaims = () => t.db.claim.count({ where: { org: { slug: { startsWith: STAGING_SLUG_PREFIX } } } });

describe("batched imports", () => {
  it("writes in batches that stay invisible until the last one, and a cancel removes what was written", async () => {
    const before = await visible();
    const controller = new AbortController();
    const seenBetweenBatches: { visible: Awaited<ReturnType<typeof visible>>; staged: number }[] = [];
    const report = withClaims(CLAIMS_PER_BATCH * 3 + 7);
    const cancelled = importReviewReport(importer(), report, {
      signal: controller.signal,
      onProgress: async ({ done }) => {
        if (done === CLAIMS_PER_BATCH * 2) controller.abort();
      },
    });
    // look at the database while the import is between batches
    const watch = (async () => {
      while (seenBetweenBatches.length < 1) {
        const staged = await stagedClaims();
        if (staged > 0) seenBetweenBatches.push({ visible: await visible(), staged });
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    await expect(cancelled).rejects.toMatchObject({
      code: "CONFLICT",
      message: "The import was cancelled; nothing was saved.",
    });
    await watch;
    expect(seenBetweenBatches[0].staged).toBeGreaterThan(0);
    expect(seenBetweenBatches[0].visible).toEqual(before);
    expect(await visible()).toEqual(before);
    expect(await stagedClaims()).toBe(0);
    expect(await stagingOrganizations()).toBe(0);
  }, 120_000);

  it("moves every batch into the organization at the end, with its audit rows and new experts", async () => {
    const before = await visible();
    const count = CLAIMS_PER_BATCH * 2 + 3;
    const renamed = withClaims(count);
    renamed.claims = renamed.claims.map((c) => ({
      ...c,
      citations: c.citations.map((x) =>
        x.expert ? { ...x, expert: { ...x.expert, affiliation: "Batch Institute" } } : x,
      ),
    }));
    const { articleId } = await importReviewReport(importer(), renamed);
    expect(await t.db.claim.count({ where: { articleId, orgId: other.orgId } })).toBe(count);
    expect(await t.db.auditEvent.count({ where: { articleId, orgId: other.orgId, action: "claim.imported" } })).toBe(
      count,
    );
    expect(await t.db.auditEvent.count({ where: { articleId, orgId: other.orgId, action: "article.imported" } })).toBe(
      1,
    );
    expect(await t.db.expert.count({ where: { orgId: other.orgId, affiliation: "Batch Institute" } })).toBe(1);
    expect((await visible()).articles).toBe(before.articles + 1);
    expect(await stagingOrganizations()).toBe(0);
    const imported = await buildReviewReport(other.orgId, articleId);
    // the report lists claims by position; repeated quotes share one, so compare as sorted lists
    const essence = (claims: ReviewReport["claims"]) =>
      claims.map((c) => JSON.stringify([c.quote, c.start, c.verdict?.label ?? null])).sort();
    expect(essence(imported.claims)).toEqual(essence(renamed.claims));
  }, 120_000);

  it("keeps answering reader pages while a 4,500-claim import runs", async () => {
    const reader = () =>
      getReaderPage(new Request(`http://localhost/r/${DEMO_ORG.slug}/${demo.articleId}`), {
        params: Promise.resolve({ org: DEMO_ORG.slug, article: demo.articleId }),
      });
    const events: string[] = [];
    let importing = true;
    const job = importReviewReport(importer(), withClaims(4_500), {
      onProgress: ({ done, total }) => events.push(done === total ? "last batch" : "batch"),
    }).finally(() => {
      importing = false;
    });
    const statuses: number[] = [];
    while (importing) {
      const response = await reader();
      statuses.push(response.status);
      if (importing) events.push("reader");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { articleId } = await job;
    expect(await t.db.claim.count({ where: { articleId } })).toBe(4_500);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // readers were answered between the import's batches, not only before or after it
    const first = events.indexOf("batch");
    const last = events.indexOf("last batch");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(events.slice(first, last).filter((e) => e === "reader").length).toBeGreaterThan(5);
  }, 300_000);
});
