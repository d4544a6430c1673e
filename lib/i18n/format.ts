// The one place dates and numbers become words, in the interface language asked for (English unless given). Every
// date format names its time zone (UTC unless the caller gives one), so a server rendering and the browser's hydration
// print the same text, and a time of day says which clock it is on.
import { DEFAULT_LOCALE, formattingLocale, type InterfaceLocale } from "./locales";

/** The desk's clock: dates are stored and shown in UTC unless a caller names another zone. */
export const TIME_ZONE = "UTC";

const STYLES = {
  /** 6 March 2025 */
  long: { day: "numeric", month: "long", year: "numeric" },
  /** 6 Mar 2025 */
  short: { day: "numeric", month: "short", year: "numeric" },
  /** 6 Mar */
  dayMonth: { day: "numeric", month: "short" },
  /** 6 Mar, 14:05 UTC */
  dayMonthTime: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
  /** 6 Mar 2025, 14:05 UTC */
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  /** 14:05 UTC */
  time: { hour: "2-digit", minute: "2-digit" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;
export type DateInput = Date | string | number;
export type FormatOptions = { locale?: InterfaceLocale; timeZone?: string };

const UNKNOWN_DATE: Record<InterfaceLocale, string> = {
  en: "unknown date",
  es: "fecha desconocida",
  ar: "تاريخ غير معروف",
};

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format as T;
}

/** A date in words; styles with a time of day end with the zone's name ("14:05 UTC"). An invalid date says so. */
export function formatDate(value: DateInput, style: DateStyle, options: FormatOptions = {}): string {
  const { locale = DEFAULT_LOCALE, timeZone = TIME_ZONE } = options;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return UNKNOWN_DATE[locale];
  const format = cached(
    `d ${locale} ${style} ${timeZone}`,
    () => new Intl.DateTimeFormat(formattingLocale(locale), { ...STYLES[style], timeZone }),
  );
  const text = format.format(date);
  return "hour" in STYLES[style] ? `${text} ${timeZone}` : text;
}

/** A count or other number with the language's grouping ("12,345", "12.345"). */
export function formatNumber(value: number, locale: InterfaceLocale = DEFAULT_LOCALE): string {
  return cached(`n ${locale}`, () => new Intl.NumberFormat(formattingLocale(locale))).format(value);
}

/**
 * A paged list's summary line, as the catalogue's `total` and `range` messages take it: "total" ("10,000 articles")
 * when every row is on this page, else "range" ("Showing 51–100 of 10,000 articles"), numbers in the locale's digits.
 */
export function pageSummary(
  page: { shown: number; total: number; offset: number },
  locale: InterfaceLocale = DEFAULT_LOCALE,
): { key: "total" | "range"; values: { total: number; totalText: string; from: string; to: string } } {
  const { shown, total, offset } = page;
  return {
    key: shown === 0 || shown === total ? "total" : "range",
    values: {
      total,
      totalText: formatNumber(total, locale),
      from: formatNumber(offset + 1, locale),
      to: formatNumber(offset + shown, locale),
    },
  };
}

/** For reports read anywhere: "2025-03-07" stays a date; a timestamp becomes "2025-03-07 12:00 UTC". */
export function formatReportDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
