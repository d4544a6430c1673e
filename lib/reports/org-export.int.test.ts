import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_ORG } from "@/lib/seed/demo-accounts";
import { parseReportJson } from "@/lib/export/json";
import { orgExportQuerySchema } from "./export-query";
import { generateArticles } from "@/test/fixtures/generate-articles";
import { ORG_CSV_HEADER } from "./org-export-format";
import { EXPORT_BATCH_SIZE, openOrgExport } from "./org-export";
import { loadClaimReviewFeed } from "./claim-review-feed";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let bulk: Awaited<ReturnType<typeof seedDemoData>>;
let generated: string[];
const GENERATED = 200;

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  bulk = await seedDemoData(t.db, { slug: "bulk", emailDomain: "bulk.example" });
  generated = await generateArticles(t.db, {
    orgId: bulk.orgId,
    userId: bulk.users.REVIEWER.id,
    optionIds: bulk.scales.fiveLevel.options.map((o) => o.id),
    expertId: bulk.expertId,
    articles: GENERATED,
    claimsPerArticle: 5,
    citationsPerClaim: 2,
    fillerSentences: 60,
  });
});

const query = (q: Record<string, string>) => orgExportQuerySchema.parse(q);

async function readAll(
  stream: ReadableStream<Uint8Array>,
  onChunk?: () => void,
): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    text += decoder.decode(r.value, { stream: true });
    chunks += 1;
    onChunk?.();
  }
  return { text, chunks };
}

describe("organization export", () => {
  it("streams one JSON line per article, each a full report, with the count up front", async () => {
    const exp = await openOrgExport(demo.orgId, query({}));
    expect(exp.total).toBe(1);
    expect(exp.headers).toMatchObject({
      "X-Total-Articles": "1",
      "Cache-Control": "private, no-store",
      "Content-Type": "application/jsonl; charset=utf-8",
    });
    const lines = (await readAll(exp.stream)).text.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    const report = parseReportJson(lines[0]);
    expect(report.article.id).toBe(demo.articleId);
    expect(report.claims).toHaveLength(demo.claimIds.length);
  });

  it("writes CSV rows of every claim under a single header, filtered by state and verdict", async () => {
    const all = await readAll((await openOrgExport(demo.orgId, query({ format: "csv" }))).stream);
    expect(all.text.startsWith(ORG_CSV_HEADER)).toBe(true);
    expect(all.text.split(ORG_CSV_HEADER)).toHaveLength(2);
    expect(all.text.match(new RegExp(`^${demo.articleId},`, "gm"))).toHaveLength(demo.claimIds.length);

    const inReview = await openOrgExport(demo.orgId, query({ format: "csv", state: "IN_REVIEW" }));
    expect((await readAll(inReview.stream)).text.match(new RegExp(`^${demo.articleId},`, "gm"))).toHaveLength(1);
    const accurate = await openOrgExport(demo.orgId, query({ state: "PUBLISHED", verdict: "Accurate" }));
    const [line] = (await readAll(accurate.stream)).text.split("\n");
    expect(parseReportJson(line).claims.map((c) => [c.state, c.verdict?.label])).toEqual([
      ["PUBLISHED", "Accurate"],
      ["PUBLISHED", "Accurate"],
    ]);
    expect((await openOrgExport(demo.orgId, query({ verdict: "No such label" }))).total).toBe(0);
    expect((await openOrgExport(demo.orgId, query({ from: "2000-01-01", to: "2000-12-31" }))).total).toBe(0);
  });

  it("never reaches into another organization", async () => {
    const { text } = await readAll((await openOrgExport(bulk.orgId, query({}))).stream);
    expect(text).not.toContain(demo.articleId);
  });

  it("streams 200 generated articles in batches with bounded memory", async () => {
    const exp = await openOrgExport(bulk.orgId, query({}));
    expect(exp.total).toBe(GENERATED + 1);
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const { text, chunks } = await readAll(exp.stream, () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    });
    const lines = text.split("\n").filter(Boolean);
    expect(lines).toHaveLength(GENERATED + 1);
    expect(new Set(lines.map((l) => parseReportJson(l).article.id))).toEqual(new Set([...generated, bulk.articleId]));
    expect(chunks).toBe(Math.ceil((GENERATED + 1) / EXPORT_BATCH_SIZE));
    // A sanity bound only (the benchmark measures the real figure): the output alone is several MB, and the
    // stream must not hold every article's rows and report at once on top of it.
    const growthMb = (peak - before) / 1024 / 1024;
    console.log(
      `org export of ${lines.length} articles: ${(text.length / 1024 / 1024).toFixed(1)} MB out, heap grew ${growthMb.toFixed(1)} MB at peak`,
    );
    expect(growthMb).toBeLessThan(96);
  }, 120_000);
});

describe("ClaimReview feed", () => {
  it("lists the organization's published claims only, paged", async () => {
    const feed = await loadClaimReviewFeed(DEMO_ORG.slug, 1, 2);
    const published = await t.db.claim.count({ where: { orgId: demo.orgId, state: "PUBLISHED" } });
    expect(feed).toMatchObject({ "@type": "DataFeed", "hydra:totalItems": published });
    expect(feed.dataFeedElement).toHaveLength(2);
    const items = (await loadClaimReviewFeed(DEMO_ORG.slug, 1, 100)).dataFeedElement as {
      item: { claimReviewed: string };
    }[];
    expect(items.map((i) => i.item.claimReviewed)).not.toContain(
      "Trump had previously met with Japanese Prime Minister Shigeru Ishiba in February 2025",
    );
    // generated articles are drafts: nothing public
    expect(await loadClaimReviewFeed("bulk", 1, 20)).toMatchObject({ "hydra:totalItems": 4 });
    await expect(loadClaimReviewFeed("nobody", 1, 20)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
