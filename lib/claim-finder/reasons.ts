// Why the claim finder suggests a sentence: one reason per cue (lib/claim-finder/cues.ts), most telling first. The
// suggestions store these English words; the suggestions panel shows them in the member's language
// (annotator.suggestions.reason.*) by finding the cue they name.
export const CUE_REASONS = {
  money: "names an amount of money",
  percentage: "contains a percentage",
  figure: "contains a figure",
  compares: "compares",
  trend: "describes a change",
  law: "names a law or policy",
  superlative: "makes a superlative claim",
  source: "cites data or a report",
  year: "gives a date",
} as const;
export type ReasonCue = keyof typeof CUE_REASONS;

const BY_TEXT = new Map(Object.entries(CUE_REASONS).map(([cue, text]) => [text as string, cue as ReasonCue]));

/** The cue a stored reason names, or null for words this version does not know (shown as they are). */
export function reasonCue(reason: string): ReasonCue | null {
  return BY_TEXT.get(reason) ?? null;
}
