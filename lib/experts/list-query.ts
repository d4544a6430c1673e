import { text } from "@/lib/validation/text";
import {
  readPageRequest,
  readParam,
  type ListNotice,
  type PageRequest,
  type SearchParamsInput,
} from "@/lib/lists/params";

// The expert directory's URL: ?q= and the page's cursor (by name, then id). Bad values fall back with a notice.
export const EXPERT_PAGE_SIZE = 50;
export const EXPERT_ORDERING = "experts.name.asc";

export type ExpertListQuery = { q?: string; page: PageRequest; notices: ListNotice[] };

export function parseExpertListParams(params: SearchParamsInput): ExpertListQuery {
  const notices: ListNotice[] = [];
  const q = readParam(params, "q", text().max(200), notices);
  const page = readPageRequest(params, EXPERT_ORDERING, notices, (value) => typeof value === "string");
  return { q, page, notices };
}
