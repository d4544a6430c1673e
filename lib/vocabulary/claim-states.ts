// The editorial states of a claim, in workflow order, with the one wording and colour every view uses (desk badges,
// search filter, history, overview chart, exports). Pure: runs in Node and the browser.
export const CLAIM_STATES = ["DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "CORRECTED"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** Reports add a pseudo-state for a claim an article edit left without its words. */
export const REPORT_CLAIM_STATES = [...CLAIM_STATES, "NEEDS_REANCHOR"] as const;
export type ReportClaimState = (typeof REPORT_CLAIM_STATES)[number];

export const CLAIM_STATE_LABELS: Record<ReportClaimState, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  CORRECTED: "Corrected",
  NEEDS_REANCHOR: "Needs re-anchoring",
};

export const CLAIM_STATE_COLOURS: Record<ClaimState, string> = {
  DRAFT: "#94a3b8",
  IN_REVIEW: "#d97706",
  APPROVED: "#2f4fd6",
  PUBLISHED: "#1b7a3e",
  CORRECTED: "#7a2e8e",
};

const isReportClaimState = (state: string): state is ReportClaimState =>
  (REPORT_CLAIM_STATES as readonly string[]).includes(state);

/** The label of a state; an unknown value (an old audit row, say) is shown as it is. */
export function describeClaimState(state: string): string {
  return isReportClaimState(state) ? CLAIM_STATE_LABELS[state] : state;
}
