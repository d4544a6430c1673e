import { describe, expect, it } from "vitest";
import { readQueryParams } from "@/lib/http/route";
import { orgExportQuerySchema, toCreatedAtRange } from "./export-query";
import { issueEnglish } from "@/lib/validation/issue-text";

const parse = (query: string) => orgExportQuerySchema.safeParse(readQueryParams(new URLSearchParams(query)));
const firstIssue = (query: string) => {
  const result = parse(query);
  if (result.success) throw new Error(`expected ${query} to be refused`);
  return { path: result.error.issues[0].path.join("."), message: issueEnglish(result.error.issues[0]) };
};

describe("org export query", () => {
  it("defaults to JSON Lines and treats blank fields as absent", () => {
    expect(parse("from=&to=&state=&verdict=")).toMatchObject({ success: true, data: { format: "jsonl" } });
    expect(parse("format=csv&from=2025-03-01&to=2025-03-31&state=NEEDS_REANCHOR&verdict=Accurate").data).toEqual({
      format: "csv",
      from: "2025-03-01",
      to: "2025-03-31",
      state: "NEEDS_REANCHOR",
      verdict: "Accurate",
    });
  });

  it.each([
    ["format=xml", "format", "format must be one of jsonl, csv"],
    ["from=03/01/2025", "from", "from must be a date like 2025-03-06"],
    ["to=2025-02-30", "to", "to is not a real date"],
    ["from=2025-03-02&to=2025-03-01", "to", "to must not be before from"],
    ["state=LOST", "state", "state must be one of DRAFT, IN_REVIEW, APPROVED, PUBLISHED, CORRECTED, NEEDS_REANCHOR"],
    [`verdict=${"x".repeat(201)}`, "verdict", "verdict can be at most 200 characters"],
  ])("refuses %s naming the parameter", (query, path, message) => {
    expect(firstIssue(query)).toEqual({ path, message });
  });

  it("makes the to day inclusive, in UTC", () => {
    expect(toCreatedAtRange({ from: "2025-03-01", to: "2025-03-31" })).toEqual({
      gte: new Date("2025-03-01T00:00:00Z"),
      lt: new Date("2025-04-01T00:00:00Z"),
    });
    expect(toCreatedAtRange({})).toEqual({});
  });
});
