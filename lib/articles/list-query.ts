import { z } from "zod";
import { text } from "@/lib/validation/text";
import { isIsoTimestamp } from "@/lib/lists/cursor";
import {
  firstValue,
  readPageRequest,
  readParam,
  type ListNotice,
  type PageRequest,
  type SearchParamsInput,
} from "@/lib/lists/params";
import { errorKey } from "@/lib/i18n/error-text";

// The Articles list's URL (issue 17): filters, sort and the page's cursor all live in the query string, so a link or
// a reload shows the same page. Bad values fall back with a notice (lib/lists/params.ts), never an error page.

export const ARTICLE_PAGE_SIZE = 50;

export const ARTICLE_SORTS = {
  updated: { label: "Last changed", defaultDirection: "desc" },
  // Article.publishedAt: set on every publication (first one and every correction), so it is the date readers last
  // saw a change; the original article's own date is a separate column.
  "fact-check-published": { label: "Fact-check last published", defaultDirection: "desc" },
  "original-date": { label: "Original article date", defaultDirection: "desc" },
  title: { label: "Title", defaultDirection: "asc" },
} as const satisfies Record<string, { label: string; defaultDirection: "asc" | "desc" }>;
export type ArticleSort = keyof typeof ARTICLE_SORTS;
export const ARTICLE_SORT_KEYS = Object.keys(ARTICLE_SORTS) as ArticleSort[];

const day = text()
  .regex(/^\d{4}-\d{2}-\d{2}$/, errorKey("validation.dateFormat"))
  .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), errorKey("lists.notARealDate"))
  .transform((v) => new Date(`${v}T00:00:00Z`));

const schemas = {
  q: text().max(200),
  status: z.enum(["DRAFT", "PUBLISHED"], { error: errorKey("lists.statusChoice") }),
  outlet: text().max(200),
  from: day,
  to: day,
  sort: z.enum(ARTICLE_SORT_KEYS as [ArticleSort, ...ArticleSort[]], { error: errorKey("lists.sortChoice") }),
  dir: z.enum(["asc", "desc"], { error: errorKey("lists.dirChoice") }),
};

export type ArticleListFilter = {
  q?: string;
  status?: "DRAFT" | "PUBLISHED";
  outlet?: string;
  from?: Date;
  to?: Date;
};
export type ArticleListQuery = {
  filter: ArticleListFilter;
  sort: ArticleSort;
  direction: "asc" | "desc";
  page: PageRequest;
  /** the URL's values that were understood, to refill the form and build links (cursor excluded) */
  values: Record<string, string | undefined>;
  notices: ListNotice[];
};

/** The cursor's ordering name: a cursor of one sort and direction never pages another. */
export const articleOrderingKey = (sort: ArticleSort, direction: "asc" | "desc") => `articles.${sort}.${direction}`;

export function parseArticleListParams(params: SearchParamsInput): ArticleListQuery {
  const notices: ListNotice[] = [];
  const filter: ArticleListFilter = {
    q: readParam(params, "q", schemas.q, notices),
    status: readParam(params, "status", schemas.status, notices),
    outlet: readParam(params, "outlet", schemas.outlet, notices),
    from: readParam(params, "from", schemas.from, notices),
    to: readParam(params, "to", schemas.to, notices),
  };
  if (filter.from && filter.to && filter.from > filter.to) {
    notices.push({ key: "lists.toBeforeFrom" });
    filter.to = undefined;
  }
  const sort = readParam(params, "sort", schemas.sort, notices) ?? "updated";
  const direction = readParam(params, "dir", schemas.dir, notices) ?? ARTICLE_SORTS[sort].defaultDirection;
  const page = readPageRequest(params, articleOrderingKey(sort, direction), notices, (value) =>
    sort === "title" ? typeof value === "string" : isIsoTimestamp(value) || (value === null && sort !== "updated"),
  );
  const kept = (key: keyof ArticleListFilter) => (filter[key] !== undefined ? firstValue(params, key) : undefined);
  const values = {
    q: kept("q"),
    status: kept("status"),
    outlet: kept("outlet"),
    from: kept("from"),
    to: kept("to"),
    sort: sort === "updated" ? undefined : sort,
    dir: direction === ARTICLE_SORTS[sort].defaultDirection ? undefined : direction,
  };
  return { filter, sort, direction, page, values, notices };
}

export const isFiltered = (f: ArticleListFilter) => Boolean(f.q || f.status || f.outlet || f.from || f.to);
