// An article language's name in the member's interface language: "Arabic" in the English desk (the names of
// lib/vocabulary/languages.ts, as before), "árabe" in the Spanish one, "العربية" in the Arabic one (the browser's and
// Node's own CLDR names, through Intl.DisplayNames).
import { DEFAULT_LOCALE, type InterfaceLocale } from "@/lib/i18n/locales";
import { isArticleLanguage, languageName } from "./languages";

const displayNames = new Map<InterfaceLocale, Intl.DisplayNames>();

export function displayLanguageName(language: string, locale: InterfaceLocale = DEFAULT_LOCALE): string {
  if (locale === "en" || !isArticleLanguage(language)) return languageName(language);
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "language" })));
  return names.of(language) ?? languageName(language);
}
