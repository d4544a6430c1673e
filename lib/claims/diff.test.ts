import { describe, expect, it } from "vitest";
import { describeClaimChanges, type ClaimSnapshotForDiff } from "./diff";

const base: ClaimSnapshotForDiff = {
  claimant: "Donald Trump",
  claimDate: "2025-03-06",
  claimContext: null,
  verdict: "False",
  rationale: "Because.",
  citations: [{ url: "https://a.example" }],
};

describe("describeClaimChanges", () => {
  it("reports nothing for an unchanged card", () => {
    expect(describeClaimChanges(base, structuredClone(base))).toEqual([]);
  });
  it("names each changed part, editorial parts first", () => {
    expect(describeClaimChanges(base, { ...base, claimant: "D. Trump", verdict: "True", citations: [] })).toEqual([
      "verdict",
      "citations",
      "claimant",
    ]);
  });
  it("notices a reordered citation list", () => {
    const two = { ...base, citations: [{ url: "a" }, { url: "b" }] };
    expect(describeClaimChanges(two, { ...two, citations: [{ url: "b" }, { url: "a" }] })).toEqual(["citations"]);
  });
});
