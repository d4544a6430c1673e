import { useTranslations } from "next-intl";
import type { ScaleOptionView } from "@/lib/claims/data";
import type { ClaimView } from "@/lib/claims/view";
import { safeColour } from "@/lib/vocabulary/verdict-colours";

// Colour is never the only signal: every badge carries its label.
export function VerdictBadge({ option }: { option?: Pick<ScaleOptionView, "label" | "colour"> }) {
  const t = useTranslations("annotator.badges");
  if (!option)
    return <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-muted">{t("noVerdict")}</span>;
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
  const t = useTranslations("annotator.badges");
  const states = useTranslations("vocabulary.claimState");
  const changed = wasPublished && state !== "PUBLISHED" && state !== "CORRECTED";
  return (
    <span className="rounded-full border border-line px-2 py-0.5 text-xs text-muted">
      {states(state)}
      {changed && <span className="font-medium text-amber-800">{t("changedSincePublication")}</span>}
    </span>
  );
}
