// Pure editorial rules: which state changes are allowed, and when approvals suffice.
import type { ErrorKey } from "@/lib/i18n/error-text";
import type { ClaimState } from "@/lib/vocabulary/claim-states";

// Each check answers null (allowed) or why not, as a key of the errors catalogue.
export function checkSubmit(claim: {
  state: ClaimState;
  hasVerdict: boolean;
  needsReanchor: boolean;
}): ErrorKey | null {
  if (claim.needsReanchor) return "workflow.reattachFirst";
  if (!claim.hasVerdict) return "workflow.verdictFirst";
  if (claim.state !== "DRAFT") return "workflow.onlyDraftSubmits";
  return null;
}

export function checkApprove(
  claim: { state: ClaimState; verdictAuthorId: string | null },
  approverId: string,
  alreadyApproved: boolean,
): ErrorKey | null {
  if (claim.state !== "IN_REVIEW") return "workflow.onlyInReviewApproves";
  if (claim.verdictAuthorId === approverId) return "workflow.ownVerdict";
  if (alreadyApproved) return "workflow.alreadyApproved";
  return null;
}

export function stateAfterApproval(approvalCount: number, required: number): ClaimState {
  return approvalCount >= Math.max(1, required) ? "APPROVED" : "IN_REVIEW";
}

export function checkRequestChanges(claim: { state: ClaimState }): ErrorKey | null {
  return claim.state === "IN_REVIEW" || claim.state === "APPROVED" ? null : "workflow.onlyReviewedSendsBack";
}

// A claim with a correction on record is "Corrected"; otherwise "Published".
export function stateOnPublish(hasCorrection: boolean): ClaimState {
  return hasCorrection ? "CORRECTED" : "PUBLISHED";
}
