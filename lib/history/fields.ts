// The field names a claim's audit rows use (lib/claims/diff.ts, lib/history/format.ts), and their catalogue keys
// (history.field.*): the history writes them in the member's language.
export const HISTORY_FIELD_KEYS = {
  verdict: "verdict",
  rationale: "rationale",
  claimant: "claimant",
  "claim date": "claimDate",
  context: "context",
  citations: "citations",
  quote: "quote",
  assignee: "assignee",
} as const;
export type HistoryFieldKey = (typeof HISTORY_FIELD_KEYS)[keyof typeof HISTORY_FIELD_KEYS];

/** The catalogue key for an audit field name, or null for one this list does not know (shown as it is). */
export function historyFieldKey(field: string): HistoryFieldKey | null {
  return Object.hasOwn(HISTORY_FIELD_KEYS, field) ? HISTORY_FIELD_KEYS[field as keyof typeof HISTORY_FIELD_KEYS] : null;
}
