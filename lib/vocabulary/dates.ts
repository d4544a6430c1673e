// The one place dates become words. Every format names its time zone (UTC unless the caller gives one), so a server
// rendering and the browser's hydration print the same text, and a time of day says which clock it is on.
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

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(style: DateStyle, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { ...STYLES[style], timeZone });
    formats.set(key, format);
  }
  return format;
}

/** A date in words; styles with a time of day end with the zone's name ("14:05 UTC"). An invalid date reads "unknown date". */
export function formatDate(value: DateInput, style: DateStyle, timeZone = "UTC"): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "unknown date";
  const text = formatFor(style, timeZone).format(date);
  return "hour" in STYLES[style] ? `${text} ${timeZone}` : text;
}

/** For reports read anywhere: "2025-03-07" stays a date; a timestamp becomes "2025-03-07 12:00 UTC". */
export function formatReportDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
