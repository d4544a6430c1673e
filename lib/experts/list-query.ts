import { text } from "@/lib/validation/text";
import { readPageRequest, readParam, type PageRequest, type SearchParamsInput } from "@/lib/lists/params";

// The expert directory's URL: ?q= and the page's cursor (by name, then id). Bad values fall back with a notice.
export const EXPERT_PAGE_SIZE = 50;
export const EXPERT_ORDERING = "experts.name.asc";

export type ExpertListQuery = { q?: string; page: PageRequest; notices: string[] };

export function parseExpertListParams(params: SearchParamsInput): ExpertListQuery {
  const notices: string[] = [];
  const q = readParam(params, "q", text().max(200, "the search is limited to 200 characters"), notices);
  const page = readPageRequest(params, EXPERT_ORDERING, notices, (value) => typeof value === "string");
  return { q, page, notices };
}
