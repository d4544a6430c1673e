import "server-only";
import { markdownToHtml } from "@/lib/articles/intake/markdown";
import { sanitizeArticleHtml } from "@/lib/articles/intake/sanitize";

// Rationales are Markdown written by the desk; they reach readers only as sanitized HTML. Rendering is pure and
// costs about a millisecond, so results are remembered by their source text: a reader page with 200 claims would
// otherwise spend most of its time here. Keyed by content, the memo can never serve a stale rationale.
const MEMO_LIMIT = 5_000;
const memo = new Map<string, string>();

export function renderRationale(markdown: string): string {
  const known = memo.get(markdown);
  if (known !== undefined) return known;
  const rendered = sanitizeArticleHtml(markdownToHtml(markdown));
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(markdown, rendered);
  return rendered;
}
