import { languageName } from "@/lib/vocabulary/languages";
import { CLAIM_FINDER_LANGUAGES, supportsLanguage } from "./score";

export type ClaimFinderAvailability = { available: boolean; note: string | null };

const supported = () => CLAIM_FINDER_LANGUAGES.map((language) => languageName(language)).join(", ");

/**
 * Whether the claim finder makes suggestions for an article in this language, and what the desk is told. The model
 * reads only the languages it was trained on: other languages get no suggestions (a ranking of Arabic sentences by an
 * English model would be noise), and an article whose language nobody knows yet gets them with a warning.
 */
export function claimFinderAvailability(language: string | null): ClaimFinderAvailability {
  if (language === null)
    return {
      available: true,
      note: `This article's language is not set; the claim finder reads ${supported()} only. Set the language under “Edit text and details”.`,
    };
  if (supportsLanguage(language)) return { available: true, note: null };
  return {
    available: false,
    note: `No suggestions for articles in ${languageName(language)}: the claim finder reads ${supported()} only.`,
  };
}
