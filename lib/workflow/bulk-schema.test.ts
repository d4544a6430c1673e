import { describe, expect, it } from "vitest";
import { bulkAssignInput, bulkClaimsInput } from "./bulk-schema";
import { issueMessage } from "@/lib/validation/issue-message";

const claims = (n: number) => Array.from({ length: n }, (_, i) => ({ claimId: `c${i}`, lockVersion: 0 }));

describe("bulkClaimsInput", () => {
  it("accepts up to 500 claims", () => {
    expect(bulkClaimsInput.parse({ articleId: "a", claims: claims(500) }).claims).toHaveLength(500);
  });

  it("refuses 501 claims with a message saying what to do", () => {
    const result = bulkClaimsInput.safeParse({ articleId: "a", claims: claims(501) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["claims"]);
    expect(issueMessage(result.error!.issues[0])).toBe(
      "At most 500 claims can be changed at once. Select fewer and try again.",
    );
  });

  it("refuses an empty selection and a missing or negative lockVersion", () => {
    expect(issueMessage(bulkClaimsInput.safeParse({ articleId: "a", claims: [] }).error!.issues[0])).toBe(
      "Select at least one claim.",
    );
    expect(bulkClaimsInput.safeParse({ articleId: "a", claims: [{ claimId: "c" }] }).success).toBe(false);
    expect(bulkClaimsInput.safeParse({ articleId: "a", claims: [{ claimId: "c", lockVersion: -1 }] }).success).toBe(
      false,
    );
  });

  it("reads an empty assignee as unassigning", () => {
    expect(bulkAssignInput.parse({ articleId: "a", claims: claims(1), assigneeId: "" }).assigneeId).toBeNull();
  });
});
