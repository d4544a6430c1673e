import { translatorFor } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, formattingLocale, type InterfaceLocale } from "@/lib/i18n/locales";
import { displayLanguageName } from "@/lib/vocabulary/language-display";
import { CLAIM_FINDER_LANGUAGES, supportsLanguage } from "./score";

export type ClaimFinderAvailability = { available: boolean; note: string | null };

const supported = (locale: InterfaceLocale) =>
  new Intl.ListFormat(formattingLocale(locale), { type: "conjunction" }).format(
    CLAIM_FINDER_LANGUAGES.map((language) => displayLanguageName(language, locale)),
  );

/**
 * Whether the claim finder makes suggestions for an article in this language, and what the desk is told (in the
 * member's interface language). The model reads only the languages it was trained on: other languages get no
 * suggestions (a ranking of Arabic sentences by an English model would be noise), and an article whose language
 * nobody knows yet gets them with a warning.
 */
export function claimFinderAvailability(
  language: string | null,
  locale: InterfaceLocale = DEFAULT_LOCALE,
): ClaimFinderAvailability {
  const t = translatorFor(locale, "claimFinder");
  if (language === null) return { available: true, note: t("availability.unset", { languages: supported(locale) }) };
  if (supportsLanguage(language)) return { available: true, note: null };
  return {
    available: false,
    note: t("availability.unsupported", {
      language: displayLanguageName(language, locale),
      languages: supported(locale),
    }),
  };
}
