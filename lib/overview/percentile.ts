import { formatNumber } from "@/lib/i18n/format";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// Linear interpolation between closest ranks, as PostgreSQL's percentile_cont: the median of [1, 2, 3, 10] is 2.5.
export function percentile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  if (q < 0 || q > 1) throw new RangeError("q must be between 0 and 1");
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

const HOUR_MS = 3_600_000;

// One unit for a whole chart, picked from its largest value: minutes under two hours, hours under two days.
export function durationUnit(maxMs: number): { unit: "minutes" | "hours" | "days"; divisor: number } {
  if (maxMs < 2 * HOUR_MS) return { unit: "minutes", divisor: 60_000 };
  return maxMs < 48 * HOUR_MS ? { unit: "hours", divisor: HOUR_MS } : { unit: "days", divisor: 24 * HOUR_MS };
}

// Rounded up to the minute: "within 1 min" is true of a claim published 20 seconds after its draft. Hours and days
// keep one decimal under ten ("7.5 h"), none above.
export function formatDuration(ms: number, locale: InterfaceLocale = "en"): string {
  const t = translatorFor(locale, "overview");
  const oneDecimalUnder10 = (v: number) => formatNumber(v < 10 ? Math.round(v * 10) / 10 : Math.round(v), locale);
  if (ms < HOUR_MS) return t("duration.minutes", { value: formatNumber(Math.max(1, Math.ceil(ms / 60_000)), locale) });
  if (ms < 48 * HOUR_MS) return t("duration.hours", { value: oneDecimalUnder10(ms / HOUR_MS) });
  return t("duration.days", { value: oneDecimalUnder10(ms / (24 * HOUR_MS)) });
}
