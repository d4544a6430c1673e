import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { sampleReport } from "@/test/fixtures/sample-report";
import type { ReviewReport } from "@/lib/export/report-model";
import { planArticle, planReportClaims, type ImportScale } from "./import-plan";
import { readImportDocument } from "./import-document";
import { formatReportJson } from "@/lib/export/json";

const scale: ImportScale = {
  name: "Desk accuracy scale",
  options: sampleReport.scale.options.map((o) => ({ id: `opt-${o.label}`, label: o.label, retired: false })),
};

function refusal(fn: () => unknown): { path: unknown; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { path: e.details?.path, message: e.message };
    throw e;
  }
  throw new Error("expected a refusal");
}

const withClaim = (index: number, change: Partial<ReviewReport["claims"][number]>): ReviewReport => ({
  ...sampleReport,
  claims: sampleReport.claims.map((c, i) => (i === index ? { ...c, ...change } : c)),
});

describe("planning a report import", () => {
  it("keeps offsets, selectors, verdict options, citations and experts", () => {
    const article = planArticle(sampleReport);
    const claims = planReportClaims(sampleReport, article.text, scale);
    expect(claims.map((c) => [c.start, c.end, c.quote])).toEqual(
      sampleReport.claims.map((c) => [c.start, c.end, c.quote]),
    );
    expect(claims[0].selectors[0]).toMatchObject({ type: "TextQuoteSelector", exact: sampleReport.claims[0].quote });
    expect(claims.flatMap((c) => c.verdict?.optionId ?? [])).toEqual(
      sampleReport.claims.flatMap((c) => (c.verdict ? `opt-${c.verdict.label}` : [])),
    );
    const expert = claims.flatMap((c) => c.citations).find((c) => c.expert)?.expert;
    expect(expert).toMatchObject({
      name: "Nicholas Szechenyi",
      affiliation: "Center for Strategic and International Studies",
    });
    expect(claims.every((c) => !c.needsReanchor)).toBe(true);
  });

  it("refuses a quote that is not the text at its offsets, naming the claim", () => {
    const { path, message } = refusal(() =>
      planReportClaims(withClaim(1, { start: sampleReport.claims[1].start + 1 }), sampleReport.article.text, scale),
    );
    expect(path).toBe("claims[1].quote");
    expect(message).toContain("Claim 2 (");
  });

  it("brings a flagged claim whose quote no longer fits in flagged, not refused", () => {
    const flagged = withClaim(0, { state: "NEEDS_REANCHOR", start: 0, end: 5 });
    const [claim] = planReportClaims(flagged, sampleReport.article.text, scale);
    expect(claim).toMatchObject({ needsReanchor: true, quote: sampleReport.claims[0].quote, start: 0, end: 5 });
    expect(claim.selectors[0]).toMatchObject({
      type: "TextQuoteSelector",
      exact: sampleReport.claims[0].quote,
      prefix: sampleReport.claims[0].prefix,
    });
  });

  it("refuses a verdict label the scale does not have, or has retired", () => {
    const missing = refusal(() =>
      planReportClaims(sampleReport, sampleReport.article.text, {
        ...scale,
        options: scale.options.filter((o) => o.label !== "Accurate"),
      }),
    );
    expect(missing.message).toContain("the verdict “Accurate” is not on your rating scale “Desk accuracy scale”");
    expect(missing.path).toMatch(/^claims\[\d+\]\.verdict\.label$/);
    const retired = refusal(() =>
      planReportClaims(sampleReport, sampleReport.article.text, {
        ...scale,
        options: scale.options.map((o) => ({ ...o, retired: o.label === "False" })),
      }),
    );
    expect(retired.message).toContain("is retired");
    expect(refusal(() => planReportClaims(sampleReport, sampleReport.article.text, null)).message).toContain(
      "no rating scale",
    );
  });

  it("refuses text that is not canonical, since offsets would not survive normalisation", () => {
    const report = {
      ...sampleReport,
      article: { ...sampleReport.article, text: sampleReport.article.text.replace(/\n/g, "\r\n") },
    };
    expect(refusal(() => planArticle(report)).path).toBe("article.text");
  });
});

describe("reading an uploaded file", () => {
  it("tells a review export from annotations", () => {
    expect(readImportDocument(formatReportJson(sampleReport))).toMatchObject({
      kind: "report",
      report: { article: { id: sampleReport.article.id } },
    });
    expect(readImportDocument("[]")).toEqual({ kind: "annotations", annotations: [] });
    expect(readImportDocument('{"type":"AnnotationPage","items":[{"a":1}]}')).toEqual({
      kind: "annotations",
      annotations: [{ a: 1 }],
    });
    expect(readImportDocument('{"type":"Annotation"}')).toEqual({
      kind: "annotations",
      annotations: [{ type: "Annotation" }],
    });
  });

  it("names the bad field of a damaged export and explains a file of another kind", () => {
    const damaged = formatReportJson(sampleReport).replace('"colour": "#ca8a04"', '"colour": "yellow"');
    expect(refusal(() => readImportDocument(damaged)).message).toMatch(
      /scale\.options\[1\]\.colour|claims\[\d+\]\.verdict\.colour/,
    );
    expect(refusal(() => readImportDocument("{nope")).message).toContain("not valid JSON");
    expect(refusal(() => readImportDocument('{"hello":1}')).message).toContain("neither a FactDesk review export");
  });
});
