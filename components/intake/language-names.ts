import { formattingLocale, type InterfaceLocale } from "@/lib/i18n/locales";
import { languageName } from "@/lib/vocabulary/languages";

const displayNames = new Map<InterfaceLocale, Intl.DisplayNames>();

/**
 * An article language's name in the desk's language, with its own name beside it when that differs ("French
 * (français)"); English keeps the list's own names (lib/vocabulary/languages.ts).
 */
export function articleLanguageLabel(code: string, locale: InterfaceLocale, { native = true } = {}): string {
  if (locale === "en") return languageName(code, { native });
  let names = displayNames.get(locale);
  if (!names)
    displayNames.set(locale, (names = new Intl.DisplayNames([formattingLocale(locale)], { type: "language" })));
  const name = names.of(code) ?? code;
  const own = languageName(code, { native: true }).match(/\((.*)\)$/)?.[1] ?? languageName(code);
  return native && own !== name ? `${name} (${own})` : name;
}
