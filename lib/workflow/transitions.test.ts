import { describe, expect, it } from "vitest";
import { englishError, type ErrorKey } from "@/lib/i18n/error-text";
import { checkApprove, checkRequestChanges, checkSubmit, stateAfterApproval, stateOnPublish } from "./transitions";

const english = (key: ErrorKey | null) => (key ? englishError(key) : null);

describe("editorial transitions", () => {
  it("needs a verdict and a placed claim to submit", () => {
    expect(english(checkSubmit({ state: "DRAFT", hasVerdict: false, needsReanchor: false }))).toMatch(
      /Choose a verdict/,
    );
    expect(english(checkSubmit({ state: "DRAFT", hasVerdict: true, needsReanchor: true }))).toMatch(/Re-attach/);
    expect(english(checkSubmit({ state: "IN_REVIEW", hasVerdict: true, needsReanchor: false }))).toMatch(
      /Only a draft/,
    );
    expect(checkSubmit({ state: "DRAFT", hasVerdict: true, needsReanchor: false })).toBeNull();
  });
  it("never lets anyone approve their own verdict, or approve twice", () => {
    expect(english(checkApprove({ state: "IN_REVIEW", verdictAuthorId: "u1" }, "u1", false))).toMatch(/someone else/);
    expect(english(checkApprove({ state: "IN_REVIEW", verdictAuthorId: "u1" }, "u2", true))).toMatch(
      /already approved/,
    );
    expect(english(checkApprove({ state: "DRAFT", verdictAuthorId: "u1" }, "u2", false))).toMatch(/in review/);
    expect(checkApprove({ state: "IN_REVIEW", verdictAuthorId: "u1" }, "u2", false)).toBeNull();
  });
  it("approves once the organization's required count is reached", () => {
    expect(stateAfterApproval(1, 2)).toBe("IN_REVIEW");
    expect(stateAfterApproval(2, 2)).toBe("APPROVED");
    expect(stateAfterApproval(1, 0)).toBe("APPROVED");
  });
  it("sends back only claims in review or approved, and republishes as a correction", () => {
    expect(checkRequestChanges({ state: "PUBLISHED" })).not.toBeNull();
    expect(checkRequestChanges({ state: "APPROVED" })).toBeNull();
    expect(stateOnPublish(true)).toBe("CORRECTED");
    expect(stateOnPublish(false)).toBe("PUBLISHED");
  });
});
