import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, formatReportCsv, neutraliseFormula, quoteCsvField } from "@/lib/export/csv";
import { sampleReport } from "@/test/fixtures/sample-report";

/** A strict RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else if (char === "\n" || char === "\r") {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else field += char;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) throw new Error("last record is not terminated by CRLF");
  return rows;
}

describe("formatReportCsv", () => {
  const rows = parseCsv(formatReportCsv(sampleReport));
  const [header, ...records] = rows;
  const byId = new Map(
    records.map((record) => [record[0], Object.fromEntries(header.map((name, i) => [name, record[i]]))]),
  );

  it("has the documented header and one row per claim in document order", () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(records.map((record) => record[0])).toEqual(sampleReport.claims.map((claim) => claim.id));
    expect(records.every((record) => record.length === CSV_COLUMNS.length)).toBe(true);
  });

  it("keeps commas, quotes and line breaks inside fields intact", () => {
    const claim = sampleReport.claims.find((c) => c.id === "clm_treaty_duty");
    expect(byId.get("clm_treaty_duty")?.quote).toBe(claim?.quote);
    expect(byId.get("clm_not_defend")?.quote).toBe(sampleReport.claims.find((c) => c.id === "clm_not_defend")?.quote);
    expect(byId.get("clm_protect_us")?.rationale).toContain("# Expert view\nNicholas Szechenyi");
  });

  it("neutralises a claimant that looks like a formula", () => {
    expect(byId.get("clm_not_defend")?.claimant).toBe(`'=HYPERLINK("https://evil.example","Donald Trump")`);
  });

  it("fills the derived columns", () => {
    const row = byId.get("clm_protect_us");
    expect(row).toMatchObject({
      start: String(sampleReport.claims.find((c) => c.id === "clm_protect_us")?.start),
      state: "PUBLISHED",
      verdict: "Technically inaccurate",
      verdict_value: "2",
      citations: "2",
      experts: "Nicholas Szechenyi",
      sources: "https://www.mofa.example.jp/region/n-america/us/q&a/ref/1.html",
      reviewers: "Ana Lima; Kenji Watanabe",
      approvers: "Tom O'Brien",
      published_at: "2025-03-07T12:00:00.000Z",
      claim_date: "2025-03-06",
    });
    expect(byId.get("clm_committed")).toMatchObject({
      verdict: "",
      verdict_value: "",
      claimant: "共同通信 (Kyodo News)",
      published_at: "",
    });
  });
});

describe("CSV cells", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-2 points", "'-2 points"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["plain", "plain"],
    ["a=b", "a=b"],
  ])("neutralises %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it("quotes only when needed and doubles quotes", () => {
    expect(quoteCsvField("plain")).toBe("plain");
    expect(quoteCsvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(quoteCsvField("\rx")).toBe(`"'\rx"`);
    expect(quoteCsvField(null)).toBe("");
  });

  it("leaves numbers we generate numeric, even negative ones", () => {
    expect(quoteCsvField(-1.5)).toBe("-1.5");
  });
});
