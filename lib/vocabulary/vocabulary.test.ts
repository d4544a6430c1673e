import { describe, expect, it } from "vitest";
import { CITATION_KINDS, CITATION_KIND_LABELS, describeCitationKind } from "./citation-kinds";
import { CLAIM_STATES, CLAIM_STATE_COLOURS, describeClaimState, REPORT_CLAIM_STATES } from "./claim-states";
import { formatDate, formatReportDate } from "./dates";

describe("one vocabulary", () => {
  it("labels and colours every claim state, in workflow order", () => {
    expect(CLAIM_STATES.map(describeClaimState)).toEqual(["Draft", "In review", "Approved", "Published", "Corrected"]);
    expect(REPORT_CLAIM_STATES.at(-1)).toBe("NEEDS_REANCHOR");
    for (const state of CLAIM_STATES) expect(CLAIM_STATE_COLOURS[state]).toMatch(/^#[0-9a-f]{6}$/);
    expect(describeClaimState("ARCHIVED")).toBe("ARCHIVED");
  });

  it("names every citation kind once, and anything else a source", () => {
    expect(new Set(CITATION_KINDS.map((k) => CITATION_KIND_LABELS[k])).size).toBe(CITATION_KINDS.length);
    expect(describeCitationKind("EXPERT_QUOTE")).toBe("Expert quote");
    expect(describeCitationKind("toString")).toBe("Source");
    expect(describeCitationKind(undefined)).toBe("Source");
  });
});

describe("dates", () => {
  const at = new Date("2025-03-06T23:30:00Z");

  it("formats in UTC unless a time zone is given, and says which clock a time is on", () => {
    expect(formatDate(at, "long")).toBe("6 March 2025");
    expect(formatDate(at, "short")).toBe("6 Mar 2025");
    expect(formatDate(at, "dayMonth")).toBe("6 Mar");
    expect(formatDate(at, "time")).toBe("23:30 UTC");
    expect(formatDate(at, "dateTime")).toBe("6 Mar 2025, 23:30 UTC");
    expect(formatDate(at, "long", "Asia/Tokyo")).toBe("7 March 2025");
    expect(formatDate(at, "time", "Asia/Tokyo")).toBe("08:30 Asia/Tokyo");
  });

  it("accepts ISO strings and epoch numbers, and never throws on a bad value", () => {
    expect(formatDate("2025-03-06T23:30:00Z", "short")).toBe("6 Mar 2025");
    expect(formatDate(at.getTime(), "short")).toBe("6 Mar 2025");
    expect(formatDate("not a date", "short")).toBe("unknown date");
  });

  it("keeps report dates machine-like", () => {
    expect(formatReportDate("2025-03-07")).toBe("2025-03-07");
    expect(formatReportDate("2025-03-07T12:00:30Z")).toBe("2025-03-07 12:00 UTC");
    expect(formatReportDate("garbage")).toBe("garbage");
  });
});
