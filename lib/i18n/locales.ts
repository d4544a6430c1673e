// The languages of FactDesk's own interface (the desk, the reader page's words, the embed, e-mails and exports), as
// opposed to the language an article is written in (lib/vocabulary/languages.ts). One list, their direction, the
// Intl locale their dates and numbers are formatted with, and how a request's preference is matched to one of them.
import { textDirection, type TextDirection } from "@/lib/vocabulary/languages";

export const INTERFACE_LOCALES = ["en", "es", "ar"] as const;
export type InterfaceLocale = (typeof INTERFACE_LOCALES)[number];
export const DEFAULT_LOCALE: InterfaceLocale = "en";

/** The cookie a visitor's language choice is kept in before they sign in (a member's choice is stored on them). */
export const LOCALE_COOKIE = "factdesk-locale";

export function isInterfaceLocale(value: unknown): value is InterfaceLocale {
  return typeof value === "string" && (INTERFACE_LOCALES as readonly string[]).includes(value);
}

export function localeDirection(locale: InterfaceLocale): TextDirection {
  return textDirection(locale);
}

/**
 * The Intl locale dates and numbers are formatted with. British English (day before month, 24-hour clock) as the
 * desk always used; Arabic with Western digits, as the Arabic-language fact-checkers we design for publish them and
 * so that the same number reads the same in a quote, a claim and the interface around it.
 */
export function formattingLocale(locale: InterfaceLocale): string {
  switch (locale) {
    case "en":
      return "en-GB";
    case "ar":
      return "ar-u-nu-latn";
    default:
      return locale;
  }
}

/**
 * The best interface language for an Accept-Language header ("es-MX,es;q=0.9,en;q=0.8"): the highest-weighted
 * range whose primary subtag we ship, else the default. Bounded: reads at most the first 32 ranges of 1,024 chars.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): InterfaceLocale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .slice(0, 1024)
    .split(",")
    .slice(0, 32)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { primary: tag.trim().toLowerCase().split(/[-_]/)[0] ?? "", weight, index };
    })
    .filter((range) => Number.isFinite(range.weight) && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (
    (ranges.find((range) => isInterfaceLocale(range.primary))?.primary as InterfaceLocale | undefined) ?? DEFAULT_LOCALE
  );
}
