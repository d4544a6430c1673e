import { describe, expect, it } from "vitest";
import { sampleReport } from "@/test/fixtures/sample-report";
import { formatReportJson, parseReportJson, REPORT_JSON_FORMAT } from "@/lib/export/json";
import { AppError } from "@/lib/errors";
import { reviewReportSchema } from "@/lib/export/report-model";

function expectInvalid(text: string, path: string) {
  let caught: unknown;
  try {
    parseReportJson(text);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe("INVALID");
  expect((caught as AppError).details?.path).toBe(path);
  expect((caught as Error).message).toContain(path);
}

function mutate(change: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(formatReportJson(sampleReport));
  change(doc);
  return JSON.stringify(doc);
}

describe("report JSON", () => {
  it("the sample report is a valid report", () => {
    expect(reviewReportSchema.safeParse(sampleReport).success).toBe(true);
  });

  it("is versioned", () => {
    expect(JSON.parse(formatReportJson(sampleReport)).format).toBe(REPORT_JSON_FORMAT);
  });

  it("round-trips without loss", () => {
    const text = formatReportJson(sampleReport);
    const parsed = parseReportJson(text);
    expect(parsed).toEqual(sampleReport);
    expect(formatReportJson(parsed)).toBe(text);
  });

  it("names the invalid field", () => {
    expectInvalid(
      mutate((doc) => (doc.claims[1].verdict.colour = "orange")),
      "claims[1].verdict.colour",
    );
    expectInvalid(
      mutate((doc) => (doc.claims[0].state = "SHIPPED")),
      "claims[0].state",
    );
    expectInvalid(
      mutate((doc) => (doc.claims[2].citations[0].url = "javascript:alert(1)")),
      "claims[2].citations[0].url",
    );
    expectInvalid(
      mutate((doc) => (doc.claims[0].end = doc.claims[0].start)),
      "claims[0].end",
    );
    expectInvalid(
      mutate((doc) => delete doc.article.readerUrl),
      "article.readerUrl",
    );
    expectInvalid(
      mutate((doc) => (doc.organization.secret = "x")),
      "organization",
    );
    expectInvalid(
      mutate((doc) => (doc.generatedAt = "yesterday")),
      "generatedAt",
    );
  });

  it("refuses to write a report that could not be read back", () => {
    const broken = { ...sampleReport, scale: { ...sampleReport.scale, options: [] } };
    expect(() => formatReportJson(broken)).toThrow(/scale\.options/);
  });

  it("rejects other formats and broken JSON", () => {
    expectInvalid(
      mutate((doc) => (doc.format = "factdesk-review/2")),
      "format",
    );
    expectInvalid(
      mutate((doc) => delete doc.format),
      "format",
    );
    expectInvalid("{ not json", "(root)");
  });
});
