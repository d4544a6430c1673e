import { describe, expect, it } from "vitest";
import { sampleReport } from "@/test/fixtures/sample-report";
import { parseReportJson } from "@/lib/export/json";
import { createProgressCounter } from "./export-progress";
import { formatCsvRows, formatJsonLine, formatOrgExportChunk, ORG_CSV_HEADER } from "./org-export-format";

const second = { ...sampleReport, article: { ...sampleReport.article, id: "art_second" } };

describe("org export lines", () => {
  it("writes each report as one line that parses back to the same report", () => {
    const line = formatJsonLine(sampleReport);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(parseReportJson(line)).toEqual(sampleReport);
  });

  it("puts the article id in front of every claim record, under one header", () => {
    const csv = ORG_CSV_HEADER + formatOrgExportChunk("csv", [sampleReport, second]);
    expect(csv.split("\r\n")[0]).toBe(
      `article_id,${"claim_id,start,end,quote,claimant,claim_date,state,verdict,verdict_value,rationale,citations,experts,sources,reviewers,approvers,published_at"}`,
    );
    expect(csv.match(/^article_id,/gm)).toHaveLength(1);
    const records = csv.match(/^(art_[a-z0-9_]+|[a-z0-9_]+),clm_/gm) ?? [];
    expect(records).toHaveLength(sampleReport.claims.length * 2);
    expect(formatCsvRows({ ...sampleReport, claims: [] })).toBe("");
  });
});

describe("progress counter", () => {
  it("counts JSON lines across chunk boundaries", () => {
    const counter = createProgressCounter("jsonl");
    const text = formatJsonLine(sampleReport) + formatJsonLine(second);
    for (let i = 0; i < text.length; i += 97) counter.push(text.slice(i, i + 97));
    expect(counter.articles).toBe(2);
  });

  it("counts CSV articles by their id even when quoted fields hold line breaks", () => {
    const csv = ORG_CSV_HEADER + formatOrgExportChunk("csv", [sampleReport, second]);
    expect(csv).toMatch(/"[^"]*\n[^"]*"/); // the sample has a quote with a line break
    const counter = createProgressCounter("csv");
    for (let i = 0; i < csv.length; i += 13) counter.push(csv.slice(i, i + 13));
    expect(counter.articles).toBe(2);
  });
});
