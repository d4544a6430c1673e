import { formatDate } from "@/lib/i18n/format";
import type { InterfaceLocale } from "@/lib/i18n/locales";

// Weeks run Monday to Sunday in UTC, the newsroom-neutral choice: the same claim lands in the same week for every
// viewer, whatever their time zone.
const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export function weekStart(date: Date): Date {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY_MS);
}

/** The starts of the last `count` weeks, oldest first, ending with the week that contains `now`. */
export function lastWeeks(now: Date, count: number): Date[] {
  const current = weekStart(now).getTime();
  return Array.from({ length: count }, (_, i) => new Date(current - (count - 1 - i) * WEEK_MS));
}

/** Which of `weeks` (from lastWeeks) holds `date`, or -1 outside them. */
export function weekIndex(weeks: Date[], date: Date): number {
  if (weeks.length === 0) return -1;
  const i = Math.floor((weekStart(date).getTime() - weeks[0].getTime()) / WEEK_MS);
  return i >= 0 && i < weeks.length ? i : -1;
}

export const formatWeek = (start: Date, locale: InterfaceLocale = "en"): string =>
  formatDate(start, "dayMonth", { locale });
