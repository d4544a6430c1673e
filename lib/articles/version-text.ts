import { normalizeText } from "@/lib/anchoring/normalize";
import { suggestClaims, type StoredSuggestion } from "@/lib/claim-finder/suggest";
import { AppError } from "@/lib/errors";

// Pure: what every new article version stores besides its text: the canonical text itself and its claim
// suggestions. Seconds of CPU for a 5 MB text, so lib/articles/prepare-version.ts runs it on a worker thread for
// large texts, before any transaction opens.

export type PreparedText = { text: string; suggestions: StoredSuggestion[] };

export function prepareVersionText(raw: string): PreparedText {
  const text = normalizeText(raw);
  if (!text) throw new AppError("INVALID", "articles.noText", { field: "text" });
  return { text, suggestions: suggestClaims(text) };
}
