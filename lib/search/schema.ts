import { z } from "zod";
import { text } from "@/lib/validation/text";
import { CLAIM_STATES } from "@/lib/vocabulary/claim-states";
import { isIsoTimestamp, type Cursor, type CursorValue, type PageDirection } from "@/lib/lists/cursor";
import { listHref, readPageRequest, type ListNotice, type PageRequest } from "@/lib/lists/params";
import { errorKey } from "@/lib/i18n/error-text";

export const SEARCH_PAGE_SIZE = 50;
/**
 * Matches read per field (claim words, rationale, evidence, expert, article title) before the search stops looking
 * (issue 17). Up to it every match is read, counted and ranked exactly; past it the page says "more than 1,000" and
 * ranks only the matches it read (lib/search/data.ts).
 */
export const SEARCH_MATCH_CAP = 1_000;
/** The cursor's ordering: score, then last change, then id, all descending (lib/search/data.ts). */
export const SEARCH_ORDERING = "search.score.desc";
export const UNASSIGNED = "none";

// The search form submits empty fields as ""; they mean "no filter", not an invalid value.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const day = (field: "from" | "to") =>
  text().superRefine((v, ctx) => {
    const problem = !/^\d{4}-\d{2}-\d{2}$/.test(v)
      ? errorKey("search.dayFormat")
      : !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
        ? null
        : errorKey("search.notARealDay");
    if (problem) ctx.addIssue({ code: "custom", message: problem, params: { field }, input: v });
  });

export const searchQuerySchema = z
  .object({
    q: text().trim().min(1, errorKey("search.queryMissing")).max(200, errorKey("search.queryTooLong")),
    verdict: optional(text().trim().max(100, errorKey("search.verdictTooLong"))),
    state: optional(z.enum(CLAIM_STATES, { error: errorKey("search.state") })),
    assignee: optional(text().regex(/^[A-Za-z0-9_-]{1,64}$/, errorKey("search.assignee"))),
    from: optional(day("from")),
    to: optional(day("to")),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: errorKey("search.toBeforeFrom") });

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type SearchParamsInput = Record<string, string | string[] | undefined>;

export type ParsedSearch =
  | { kind: "empty"; values: Record<string, string> }
  | { kind: "invalid"; values: Record<string, string>; errors: Record<string, string> }
  | { kind: "ok"; values: Record<string, string>; query: SearchQuery & { page: PageRequest }; notices: ListNotice[] };

/** "12|2026-12-03T06:16:30.123Z": a result's score and last change, the cursor's value. */
export const searchCursorValue = (score: number, updatedAt: Date) => `${score}|${updatedAt.toISOString()}`;
export function readSearchCursorValue(value: CursorValue): { score: number; updatedAt: string } | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,6})\|(.+)$/.exec(value);
  if (!match || !isIsoTimestamp(match[2])) return null;
  return { score: Number(match[1]), updatedAt: match[2] };
}

// Reads the page's query string: the form's raw values (to refill it), and either a valid query or one message per
// bad field. No `q` at all is not an error: it is the empty search page.
/**
 * `describe` words a problem (the page passes issueMessage in the member's language; this module stays free of the
 * catalogue because the search form, a client component, imports it).
 */
export function parseSearchParams(
  params: SearchParamsInput,
  describe: (issue: z.core.$ZodIssue) => string = (issue) => issue.message,
): ParsedSearch {
  const values: Record<string, string> = {};
  for (const key of ["q", "verdict", "state", "assignee", "from", "to"]) {
    const v = params[key];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) values[key] = first;
  }
  if (!values.q?.trim()) return { kind: "empty", values };
  const parsed = searchQuerySchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "q")] ??= describe(issue);
    return { kind: "invalid", values, errors };
  }
  const notices: ListNotice[] = [];
  const page = readPageRequest(params, SEARCH_ORDERING, notices, (v) => readSearchCursorValue(v) !== null);
  return { kind: "ok", values, query: { ...parsed.data, page }, notices };
}

// Links to other pages of the same search keep every filter.
export function searchHref(
  values: Record<string, string>,
  page?: { direction: PageDirection; cursor: Cursor },
): string {
  return listHref("/search", values, page);
}
