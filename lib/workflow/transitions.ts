// Pure editorial rules: which state changes are allowed, and when approvals suffice.
import type { ClaimState } from "@/lib/vocabulary/claim-states";

export function checkSubmit(claim: { state: ClaimState; hasVerdict: boolean; needsReanchor: boolean }): string | null {
  if (claim.needsReanchor) return "Re-attach this claim to the current text before submitting it.";
  if (!claim.hasVerdict) return "Choose a verdict before submitting the claim for review.";
  if (claim.state !== "DRAFT") return "Only a draft can be submitted for review.";
  return null;
}

export function checkApprove(
  claim: { state: ClaimState; verdictAuthorId: string | null },
  approverId: string,
  alreadyApproved: boolean,
): string | null {
  if (claim.state !== "IN_REVIEW") return "Only a claim in review can be approved.";
  if (claim.verdictAuthorId === approverId) return "You wrote this verdict, so someone else must approve it.";
  if (alreadyApproved) return "You have already approved this version of the claim.";
  return null;
}

export function stateAfterApproval(approvalCount: number, required: number): ClaimState {
  return approvalCount >= Math.max(1, required) ? "APPROVED" : "IN_REVIEW";
}

export function checkRequestChanges(claim: { state: ClaimState }): string | null {
  return claim.state === "IN_REVIEW" || claim.state === "APPROVED"
    ? null
    : "Only a claim in review or approved can be sent back.";
}

// A claim with a correction on record is "Corrected"; otherwise "Published".
export function stateOnPublish(hasCorrection: boolean): ClaimState {
  return hasCorrection ? "CORRECTED" : "PUBLISHED";
}
