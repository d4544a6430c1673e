import { isIsoTimestamp } from "@/lib/lists/cursor";
import { readPageRequest, type ListNotice, type PageRequest, type SearchParamsInput } from "@/lib/lists/params";

// My work's URL: each of its four lists pages on its own (?assignedAfter=…, ?reviewBefore=…), so moving through one
// keeps the others where they were. Damaged links fall back to that list's first page with a notice.
export const WORK_PAGE_SIZE = 50;

export const WORK_SECTIONS = {
  assigned: { direction: "desc" }, // most recently changed first
  approval: { direction: "asc" }, // longest waiting first
  mentions: { direction: "desc" }, // newest mention first
  review: { direction: "asc" }, // longest waiting first
} as const satisfies Record<string, { direction: "asc" | "desc" }>;
export type WorkSectionKey = keyof typeof WORK_SECTIONS;
export const WORK_SECTION_KEYS = Object.keys(WORK_SECTIONS) as WorkSectionKey[];

export const workOrderingKey = (section: WorkSectionKey) => `work.${section}.${WORK_SECTIONS[section].direction}`;
export const workParamNames = (section: WorkSectionKey) => ({ after: `${section}After`, before: `${section}Before` });

export type MyWorkQuery = { pages: Record<WorkSectionKey, PageRequest>; notices: ListNotice[] };

export function parseMyWorkParams(params: SearchParamsInput): MyWorkQuery {
  const notices: ListNotice[] = [];
  const pages = Object.fromEntries(
    WORK_SECTION_KEYS.map((section) => [
      section,
      readPageRequest(params, workOrderingKey(section), notices, isIsoTimestamp, workParamNames(section)),
    ]),
  ) as Record<WorkSectionKey, PageRequest>;
  return { pages, notices };
}

/** The URL of My work with one list moved to another page and the others kept where they are. */
export function myWorkHref(
  params: SearchParamsInput,
  section: WorkSectionKey,
  page: { direction: "after" | "before"; cursor: string },
): string {
  const query = new URLSearchParams();
  for (const key of WORK_SECTION_KEYS.flatMap((s) => Object.values(workParamNames(s)))) {
    const v = params[key];
    const first = Array.isArray(v) ? v[0] : v;
    if (first && !key.startsWith(section)) query.set(key, first);
  }
  query.set(workParamNames(section)[page.direction], page.cursor);
  return `/my-work?${query}`;
}
