// Pure: which parts of a claim card a save changed, for the audit trail and conflict messages.
export type ClaimSnapshotForDiff = {
  claimant: string | null;
  claimDate: string | null;
  claimContext: string | null;
  verdict: string | null;
  rationale: string;
  citations: Record<string, string | null>[];
};

const FIELDS: [keyof ClaimSnapshotForDiff, string][] = [
  ["verdict", "verdict"],
  ["rationale", "rationale"],
  ["citations", "citations"],
  ["claimant", "claimant"],
  ["claimDate", "claim date"],
  ["claimContext", "context"],
];

export function describeClaimChanges(before: ClaimSnapshotForDiff, after: ClaimSnapshotForDiff): string[] {
  return FIELDS.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(([, label]) => label);
}
