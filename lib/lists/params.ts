import type { z } from "zod";
import { decodeCursor, encodeCursor, type Cursor, type CursorValue, type PageDirection } from "./cursor";
import { issueText } from "@/lib/validation/issue-text";
import { errorIn } from "@/lib/i18n/error-text-in";
import type { ErrorText } from "@/lib/i18n/error-text";
import type { InterfaceLocale } from "@/lib/i18n/locales";

// Reading a list page's query string. A list never fails on its URL: a value that does not parse is dropped, the
// list falls back to its default for it, and the person is told which parameter was ignored and why.

export type SearchParamsInput = Record<string, string | string[] | undefined>;
/** What a list did with its URL, in the catalogue's words (errors.lists): the page renders it in the member's language. */
export type ListNotice = ErrorText & { reason?: ErrorText };

/** "Ignored sort: not a sort this list offers.", or the notice alone, in `locale`. */
export function listNoticeIn(notice: ListNotice, locale: InterfaceLocale): string {
  const reason = notice.reason && errorIn(locale, notice.reason.key, notice.reason.values);
  return errorIn(locale, notice.key, reason ? { ...notice.values, reason } : notice.values);
}
export type PageRequest = { direction: PageDirection | null; cursor: Cursor | null };

/** The first value of a repeated parameter (?q=a&q=b reads "a"), trimmed; empty means absent. */
export function firstValue(params: SearchParamsInput, key: string): string | undefined {
  const v = params[key];
  const first = Array.isArray(v) ? v[0] : v;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/** Parses one parameter with its schema; a bad value becomes undefined and a notice naming the parameter. */
export function readParam<T extends z.ZodType>(
  params: SearchParamsInput,
  key: string,
  schema: T,
  notices: ListNotice[],
): z.infer<T> | undefined {
  const raw = firstValue(params, key);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  notices.push({
    key: "lists.ignored",
    values: { param: key },
    reason: (issue && issueText(issue)) || { key: "lists.notUnderstood" },
  });
  return undefined;
}

/**
 * ?after= or ?before= for the ordering `sort`; anything else is the first page, with a notice. A page with several
 * paged lists gives each its own parameter names (`names`).
 */
export function readPageRequest(
  params: SearchParamsInput,
  sort: string,
  notices: ListNotice[],
  acceptsValue: (value: CursorValue) => boolean,
  names: Record<PageDirection, string> = { after: "after", before: "before" },
): PageRequest {
  const after = firstValue(params, names.after);
  const before = firstValue(params, names.before);
  if (after === undefined && before === undefined) return { direction: null, cursor: null };
  const direction: PageDirection = after !== undefined ? "after" : "before";
  const cursor = decodeCursor((after ?? before)!, sort);
  if (!cursor || !acceptsValue(cursor.value)) {
    notices.push({ key: "lists.pageLinkDamaged" });
    return { direction: null, cursor: null };
  }
  return { direction, cursor };
}

/** A list URL: its filters and sort as given, plus the cursor of the page to show; empty values are left out. */
export function listHref(
  path: string,
  values: Record<string, string | undefined>,
  page?: { direction: PageDirection; cursor: Cursor },
): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v && k !== "after" && k !== "before") query.set(k, v);
  if (page) query.set(page.direction, encodeCursor(page.cursor));
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}
