import { describe, expect, it } from "vitest";
import { selectPublicClaims } from "./public-claims";

const snapshot = (versionId: string, start = 0, label = "False") => ({
  versionId,
  quote: "q",
  prefix: "",
  suffix: "",
  start,
  end: start + 1,
  claimant: null,
  claimDate: null,
  claimContext: null,
  verdict: {
    label,
    description: null,
    colour: "#b91c1c",
    value: 0,
    rationale: "r",
    author: "A",
    bestRating: 4,
    worstRating: 0,
  },
  citations: [],
  reviewers: ["A"],
  approvers: ["B"],
});
const at = (d: string) => new Date(d);

describe("selectPublicClaims", () => {
  it("shows only claims whose latest approved snapshot is on the published version, whatever the live claim does", () => {
    const rows = [
      {
        id: "ok",
        publications: [{ snapshot: snapshot("v2", 5), correctionNote: null, publishedAt: at("2025-03-08") }],
      },
      {
        id: "old-version",
        publications: [{ snapshot: snapshot("v1"), correctionNote: null, publishedAt: at("2025-03-07") }],
      },
      // flagged for re-anchoring by a text edit in the desk (finding 2): readers keep the published snapshot
      {
        id: "flagged",
        publications: [{ snapshot: snapshot("v2"), correctionNote: null, publishedAt: at("2025-03-07") }],
      },
      {
        id: "deleted",
        publications: [{ snapshot: snapshot("v2", 1), correctionNote: null, publishedAt: at("2025-03-07") }],
      },
      { id: "draft", publications: [] },
    ];
    expect(selectPublicClaims("v2", rows).map((c) => c.id)).toEqual(["flagged", "deleted", "ok"]);
  });
  it("uses the newest snapshot and lists corrections oldest first", () => {
    const rows = [
      {
        id: "c",
        publications: [
          { snapshot: snapshot("v1", 0, "True"), correctionNote: "Second fix", publishedAt: at("2025-03-10") },
          { snapshot: snapshot("v1", 0, "Half true"), correctionNote: "First fix", publishedAt: at("2025-03-09") },
          { snapshot: snapshot("v1", 0, "False"), correctionNote: null, publishedAt: at("2025-03-08") },
        ],
      },
    ];
    const [claim] = selectPublicClaims("v1", rows);
    expect(claim.verdict.label).toBe("True");
    expect(claim.corrections.map((c) => c.note)).toEqual(["First fix", "Second fix"]);
    expect(claim.firstPublishedAt).toBe("2025-03-08T00:00:00.000Z");
  });
  it("dates a snapshot carried onto a new text by when its content was approved", () => {
    const rows = [
      {
        id: "c",
        publications: [
          {
            snapshot: { ...snapshot("v2"), approvedAt: "2025-03-08T00:00:00.000Z" },
            correctionNote: null,
            publishedAt: at("2025-04-01"),
          },
          { snapshot: snapshot("v1"), correctionNote: null, publishedAt: at("2025-03-08") },
        ],
      },
    ];
    expect(selectPublicClaims("v2", rows)[0].publishedAt).toBe("2025-03-08T00:00:00.000Z");
  });
});
