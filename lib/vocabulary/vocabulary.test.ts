import { describe, expect, it } from "vitest";
import { CITATION_KINDS, CITATION_KIND_LABELS, describeCitationKind } from "./citation-kinds";
import { CLAIM_STATES, CLAIM_STATE_COLOURS, describeClaimState, REPORT_CLAIM_STATES } from "./claim-states";

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
