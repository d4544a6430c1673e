import { z } from "zod";
import { AppError } from "@/lib/errors";
import { toIri, trimTrailingSlash } from "@/lib/export/iri";
import { text } from "@/lib/validation/text";
import { issueEnglish } from "@/lib/validation/issue-text";
import { errorText } from "@/lib/i18n/error-text";
import { errorKey } from "@/lib/i18n/error-text";

// Paging of an annotation container (AnnotationPage at ?page=N, 0-based). Pages differ by size and by whether
// they list IRIs or full annotations, so both travel in the page IRI and every link stays self-describing.

export const DEFAULT_PAGE_SIZE = 20;
/** Above this a page gets slow to build and heavy to send; larger requests are capped, not refused. */
export const MAX_PAGE_SIZE = 100;

export type PageQuery = { page: number | null; pageSize: number; iris: boolean };
export type PageRef = { page: number; pageSize: number; iris: boolean };
export type PageWindow = { startIndex: number; endIndex: number; lastPage: number; hasPrev: boolean; hasNext: boolean };

const wholeNumber = (name: "page" | "pageSize") =>
  text()
    .superRefine((v, ctx) => {
      if (!/^\d{1,9}$/.test(v))
        ctx.addIssue({ code: "custom", message: errorKey("api.wholeNumber"), params: { name }, input: v });
    })
    .transform(Number);
const querySchema = z.object({
  page: wholeNumber("page").optional(),
  pageSize: wholeNumber("pageSize")
    .refine((n) => n >= 1, errorKey("api.pageSizeAtLeastOne"))
    .optional(),
  iris: z.enum(["0", "1"], { error: errorKey("api.iris") }).optional(),
});

/** Reads ?page, ?pageSize and ?iris; throws AppError INVALID naming the parameter. */
export function parsePageQuery(params: URLSearchParams): PageQuery {
  const raw = Object.fromEntries(
    ["page", "pageSize", "iris"].flatMap((k) => (params.has(k) ? [[k, params.get(k)]] : [])),
  );
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? "query");
    throw new AppError("INVALID", errorText("api.invalidParameter", { name, problem: issueEnglish(issue) }), {
      path: name,
    });
  }
  const { page, pageSize, iris } = parsed.data;
  return { page: page ?? null, pageSize: Math.min(pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE), iris: iris === "1" };
}

export function countPages(total: number, pageSize: number): number {
  return Math.ceil(total / pageSize);
}

/** Which items page `page` holds, or null when it lies past the end (an empty collection has no pages). */
export function findPageWindow(total: number, pageSize: number, page: number): PageWindow | null {
  const pages = countPages(total, pageSize);
  if (page < 0 || page >= pages) return null;
  const startIndex = page * pageSize;
  return {
    startIndex,
    endIndex: Math.min(startIndex + pageSize, total),
    lastPage: pages - 1,
    hasPrev: page > 0,
    hasNext: page < pages - 1,
  };
}

/** The container of an article: {base}/api/annotations/{articleId}/ (an LDP container IRI ends in a slash). */
export function buildContainerIri(baseUrl: string, articleId: string): string {
  return `${trimTrailingSlash(toIri(baseUrl))}/api/annotations/${encodeURIComponent(articleId)}/`;
}

/** The IRI of one page; the default size and the full-annotation form are left out to keep links short. */
export function buildPageIri(containerIri: string, ref: PageRef): string {
  const query = new URLSearchParams({ page: String(ref.page) });
  if (ref.pageSize !== DEFAULT_PAGE_SIZE) query.set("pageSize", String(ref.pageSize));
  if (ref.iris) query.set("iris", "1");
  return `${containerIri}?${query}`;
}
