import type { ScaleOptionView } from "@/lib/claims/data";
import type { ClaimView } from "@/lib/claims/view";
import { CLAIM_STATE_LABELS } from "@/lib/vocabulary/claim-states";
import { safeColour } from "@/lib/vocabulary/verdict-colours";

// Colour is never the only signal: every badge carries its label.
export function VerdictBadge({ option }: { option?: Pick<ScaleOptionView, "label" | "colour"> }) {
  if (!option) return <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-muted">No verdict</span>;
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium text-white"
      style={{ backgroundColor: safeColour(option.colour) }}
    >
      {option.label}
    </span>
  );
}

// A claim readers have seen that is back in the desk keeps its published version in front of readers meanwhile.
export function StateBadge({ state, wasPublished = false }: { state: ClaimView["state"]; wasPublished?: boolean }) {
  const changed = wasPublished && state !== "PUBLISHED" && state !== "CORRECTED";
  return (
    <span className="rounded-full border border-line px-2 py-0.5 text-xs text-muted">
      {CLAIM_STATE_LABELS[state]}
      {changed && <span className="font-medium text-amber-800"> · changed since publication</span>}
    </span>
  );
}
