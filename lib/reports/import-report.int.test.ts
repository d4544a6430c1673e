import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_ORG } from "@/lib/seed/demo-accounts";
import { SZECHENYI } from "@/lib/seed/seed-article";
import { formatReportJson, parseReportJson } from "@/lib/export/json";
import type { ReportClaim, ReviewReport } from "@/lib/export/report-model";
import { buildAnnotations } from "@/lib/export/web-annotation";
import { loadPublishedArticle } from "@/lib/reader/data";
import { toPublicReport } from "@/lib/reader/to-report";
import { buildReviewReport } from "./build-report";
import { importAnnotations, importReviewReport } from "./import-report";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
const importer = () => ({ userId: other.users.REVIEWER.id, orgId: other.orgId });

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

/** What must survive a round trip: everything but ids, dates, states and who reviewed it. */
const essence = (claim: ReportClaim) => ({
  quote: claim.quote,
  start: claim.start,
  end: claim.end,
  prefix: claim.prefix,
  suffix: claim.suffix,
  claimant: claim.claimant,
  claimDate: claim.claimDate,
  claimContext: claim.claimContext,
  verdict: claim.verdict && {
    label: claim.verdict.label,
    value: claim.verdict.value,
    colour: claim.verdict.colour,
    rationale: claim.verdict.rationale,
  },
  citations: claim.citations.map(({ id: _id, expert, ...c }) => ({ ...c, expert: expert && { ...expert, id: "-" } })),
});

describe("importReviewReport", () => {
  it("round-trips the seed report losslessly through JSON into another organization", async () => {
    const exported = await buildReviewReport(demo.orgId, demo.articleId);
    const expertsBefore = await t.db.expert.count({ where: { orgId: other.orgId } });
    const { articleId } = await importReviewReport(importer(), parseReportJson(formatReportJson(exported)));
    expect(articleId).not.toBe(demo.articleId);

    const imported = await buildReviewReport(other.orgId, articleId);
    expect(imported.article).toMatchObject({
      title: exported.article.title,
      outlet: exported.article.outlet,
      publishedAt: exported.article.publishedAt,
      text: exported.article.text,
      status: "DRAFT",
      versionNumber: 1,
    });
    expect(imported.claims.map(essence)).toEqual(exported.claims.map(essence));
    // never published or approved on import
    expect(
      imported.claims.every(
        (c) => c.state === "DRAFT" && c.publishedAt === null && c.approvers.length === 0 && c.corrections.length === 0,
      ),
    ).toBe(true);
    // Szechenyi is already in the other organization's directory (same name and affiliation): reused, not duplicated
    expect(await t.db.expert.count({ where: { orgId: other.orgId } })).toBe(expertsBefore);
    const cited = imported.claims.flatMap((c) => c.citations).find((c) => c.expert)?.expert;
    expect(cited).toMatchObject({ name: SZECHENYI.name, affiliation: SZECHENYI.affiliation });
    expect(await t.db.auditEvent.count({ where: { articleId, action: "article.imported" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { articleId, action: "claim.imported" } })).toBe(
      exported.claims.length,
    );
  });

  it("creates an expert the directory does not have", async () => {
    const exported = await buildReviewReport(demo.orgId, demo.articleId);
    const renamed: ReviewReport = {
      ...exported,
      claims: exported.claims.map((c) => ({
        ...c,
        citations: c.citations.map((x) =>
          x.expert ? { ...x, expert: { ...x.expert, affiliation: "Another Institute" } } : x,
        ),
      })),
    };
    await importReviewReport(importer(), renamed);
    expect(
      await t.db.expert.count({
        where: { orgId: other.orgId, name: SZECHENYI.name, affiliation: "Another Institute" },
      }),
    ).toBe(1);
  });

  it("refuses, writing nothing, a quote that does not match its offsets or a verdict the scale lacks", async () => {
    const exported = await buildReviewReport(demo.orgId, demo.articleId);
    const before = await t.db.article.count({ where: { orgId: other.orgId } });
    const shifted = {
      ...exported,
      claims: exported.claims.map((c, i) => (i === 2 ? { ...c, start: c.start + 1, end: c.end + 1 } : c)),
    };
    await expect(importReviewReport(importer(), shifted)).rejects.toMatchObject({
      code: "INVALID",
      details: { path: "claims[2].quote" },
      message: expect.stringContaining("Claim 3 ("),
    });
    const unknownLabel = {
      ...exported,
      claims: exported.claims.map((c, i) =>
        i === 1 && c.verdict ? { ...c, verdict: { ...c.verdict, label: "Pants on fire" } } : c,
      ),
    };
    await expect(importReviewReport(importer(), unknownLabel)).rejects.toMatchObject({
      code: "INVALID",
      details: { path: "claims[1].verdict.label" },
      message: expect.stringContaining("“Pants on fire” is not on your rating scale"),
    });
    expect(await t.db.article.count({ where: { orgId: other.orgId } })).toBe(before);
  });
});

describe("importAnnotations", () => {
  it("round-trips the public W3C annotations of the seed article: same quotes and offsets", async () => {
    const published = await loadPublishedArticle(DEMO_ORG.slug, demo.articleId);
    const publicReport = toPublicReport(published!, [], "http://localhost:3000");
    const annotations = JSON.parse(JSON.stringify(buildAnnotations(publicReport))) as unknown[];
    expect(annotations.length).toBeGreaterThan(0);

    const result = await importAnnotations(
      importer(),
      { title: publicReport.article.title, text: publicReport.article.text },
      annotations,
    );
    expect(result).toMatchObject({ imported: annotations.length, skipped: [] });
    const imported = await buildReviewReport(other.orgId, result.articleId);
    expect(imported.claims.map((c) => [c.quote, c.start, c.end])).toEqual(
      publicReport.claims.map((c) => [c.quote, c.start, c.end]),
    );
    // the assessing body names a label of the scale: it becomes the (draft) verdict, the Markdown body its rationale
    expect(imported.claims.map((c) => c.verdict?.label)).toEqual(publicReport.claims.map((c) => c.verdict?.label));
    expect(imported.claims[0].verdict?.rationale).toBe(publicReport.claims[0].verdict?.rationale);
  });

  it("skips and reports annotations that do not anchor, and names the bad field of an invalid one", async () => {
    const published = await loadPublishedArticle(DEMO_ORG.slug, demo.articleId);
    const publicReport = toPublicReport(published!, [], "http://localhost:3000");
    const [good] = buildAnnotations(publicReport);
    const lost = {
      ...good,
      target: {
        ...good.target,
        selector: [{ type: "TextQuoteSelector", exact: "words that appear nowhere in the article text" }],
      },
    };
    const result = await importAnnotations(importer(), { title: "Partly anchored", text: publicReport.article.text }, [
      good,
      lost,
    ]);
    expect(result.imported).toBe(1);
    expect(result.skipped).toEqual([
      { index: 1, quote: "words that appear nowhere in the article text", reason: "orphaned" },
    ]);

    const broken = { ...good, target: { ...good.target, selector: [{ type: "TextQuoteSelector", exact: "" }] } };
    await expect(
      importAnnotations(importer(), { title: "Broken", text: publicReport.article.text }, [good, broken]),
    ).rejects.toMatchObject({ code: "INVALID", details: { path: "annotations[1].target.selector[0].exact" } });
    await expect(importAnnotations(importer(), { title: " ", text: "Some text." }, [good])).rejects.toMatchObject({
      code: "INVALID",
      details: { field: "title" },
    });
  });
});
