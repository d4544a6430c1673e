import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { SEED_CLAIMS, SZECHENYI } from "@/lib/seed/seed-article";
import { CSV_COLUMNS, formatReportCsv } from "@/lib/export/csv";
import { formatReportMarkdown } from "@/lib/export/markdown";
import { formatMarkdownBlockquote } from "@/lib/export/markdown-escape";
import { renderReportPdf } from "@/lib/export/pdf";
import { loadReportFonts } from "@/lib/workers/report-fonts";
import { toWinAnsiText } from "@/lib/export/pdf-text";
import { reviewReportSchema } from "@/lib/export/report-model";
import { editArticleText } from "@/lib/articles/mutations";
import { buildReviewReport } from "./build-report";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

// pdfjs lays out Helvetica with its standard font metrics; serve them from the package (as lib/export/pdf.test.ts does).
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

async function readPdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 })
    .promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n += 1) {
    for (const item of (await (await pdf.getPage(n)).getTextContent()).items)
      if ("str" in item) text += item.str + (item.hasEOL ? " " : "");
    text += " ";
  }
  return collapse(text);
}

describe("buildReviewReport", () => {
  it("reports the seed article: valid, every claim in document order, with the Szechenyi citation", async () => {
    const report = await buildReviewReport(demo.orgId, demo.articleId);
    expect(reviewReportSchema.safeParse(report).error).toBeUndefined();
    expect(report.organization).toMatchObject({
      slug: "demo",
      methodologyUrl: "https://example.org/methodology",
      url: expect.stringMatching(/^https?:\/\/[^/]+.*[^/]$/),
    });
    expect(report.scale.name).toBe(demo.scales.fiveLevel.name);
    expect(report.claims).toHaveLength(SEED_CLAIMS.length);
    const starts = report.claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const claim of report.claims) expect(report.article.text.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(new Set(report.claims.map((c) => c.quote))).toEqual(new Set(SEED_CLAIMS.map((c) => c.quote)));

    const protect = report.claims.find((c) => c.quote.startsWith("We have to protect them"))!;
    expect(protect).toMatchObject({
      state: "PUBLISHED",
      claimant: "Donald Trump",
      claimDate: "2025-03-06",
      verdict: { label: "Technically inaccurate", author: demo.users.REVIEWER.name },
    });
    expect(protect.citations[0]).toMatchObject({
      kind: "EXPERT_QUOTE",
      quote: "technically inaccurate",
      saidAt: "2025-03-06",
      expert: { name: SZECHENYI.name, affiliation: SZECHENYI.affiliation, profileUrl: SZECHENYI.profileUrl },
    });
    expect(protect.prefix.length).toBeGreaterThan(0);
    expect(protect.reviewers).toEqual([demo.users.REVIEWER.name]);
    expect(protect.approvers).toEqual([demo.users.EDITOR.name]);
    expect(report.claims.find((c) => c.state === "IN_REVIEW")?.publishedAt).toBeNull();
  });

  it("lists corrections, counts only approvals of the current lockVersion and marks flagged claims", async () => {
    const [first, second] = demo.claimIds;
    await t.db.claimPublication.create({
      data: {
        claimId: first,
        snapshot: {},
        correctionNote: "The treaty year was wrong.",
        publishedAt: new Date("2030-01-01T00:00:00Z"),
      },
    });
    await t.db.claim.update({ where: { id: second }, data: { lockVersion: { increment: 1 } } });
    const report = await buildReviewReport(demo.orgId, demo.articleId);
    expect(report.claims.find((c) => c.id === first)?.corrections).toEqual([
      { note: "The treaty year was wrong.", at: "2030-01-01T00:00:00.000Z" },
    ]);
    expect(report.claims.find((c) => c.id === second)?.approvers).toEqual([]);

    const version = await t.db.articleVersion.findUniqueOrThrow({ where: { id: other.versionId } });
    const edited = version.text.replace(
      "We have to protect them, but they don't have to protect us",
      "We protect them; they never protect us",
    );
    await editArticleText(
      { userId: other.users.EDITOR.id, orgId: other.orgId },
      { articleId: other.articleId, baseVersionId: other.versionId, text: edited },
    );
    const flagged = await buildReviewReport(other.orgId, other.articleId);
    expect(flagged.article.versionNumber).toBe(2);
    expect(flagged.claims.find((c) => c.quote.startsWith("We have to protect them"))?.state).toBe("NEEDS_REANCHOR");
    expect(reviewReportSchema.safeParse(flagged).success).toBe(true);
  });

  it("leaves out deleted claims and refuses another organization's article", async () => {
    const extra = await t.db.claim.create({
      data: {
        orgId: other.orgId,
        articleId: other.articleId,
        versionId: other.versionId,
        selectors: [],
        quote: "x",
        start: 0,
        end: 1,
        createdById: other.users.EDITOR.id,
        deletedAt: new Date(),
      },
    });
    expect((await buildReviewReport(other.orgId, other.articleId)).claims.map((c) => c.id)).not.toContain(extra.id);
    await expect(buildReviewReport(other.orgId, demo.articleId)).rejects.toMatchObject({
      code: "NOT_FOUND",
      status: 404,
    });
    await expect(buildReviewReport(demo.orgId, "no-such-article")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the seed report in every format", () => {
  it("CSV has one row per claim, Markdown every quote", async () => {
    const report = await buildReviewReport(demo.orgId, demo.articleId);
    const csv = formatReportCsv(report);
    expect(csv.startsWith(`${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    // every record starts with a claim id; quotes never begin a line with one
    const records = csv.split("\r\n").filter((line) => report.claims.some((c) => line.startsWith(`${c.id},`)));
    expect(records).toHaveLength(report.claims.length);
    const markdown = formatReportMarkdown(report);
    // quotes are printed as escaped blockquotes, so Markdown in them stays text
    for (const claim of report.claims) expect(markdown).toContain(formatMarkdownBlockquote(claim.quote));
  });

  it("the PDF's text holds every claim quote", async () => {
    const report = await buildReviewReport(demo.orgId, demo.articleId);
    const text = await readPdfText(await renderReportPdf(report, loadReportFonts()));
    for (const claim of report.claims) expect(text).toContain(collapse(toWinAnsiText(claim.quote)));
    expect(text).toContain(SZECHENYI.name);
  }, 60_000);
});
