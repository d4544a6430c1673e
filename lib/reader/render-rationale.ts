import "server-only";
import { markdownToHtml } from "@/lib/articles/intake/markdown";
import { sanitizeArticleHtml } from "@/lib/articles/intake/sanitize";
import { findRenderProblem, MAX_RENDERED_MARKDOWN_LENGTH } from "@/lib/text/bounds";
import { logRenderFallback, renderAsEscapedText } from "@/lib/text/render-fallback";

// Rationales are Markdown written by the desk; they reach readers only as sanitized HTML. Rendering is pure and
// costs about a millisecond, so results are remembered by their source text: a reader page with 200 claims would
// otherwise spend most of its time here. Keyed by content, the memo can never serve a stale rationale.
const MEMO_LIMIT = 5_000;
const memo = new Map<string, string>();

function renderOrShowAsText(markdown: string): string {
  try {
    if (markdown.length > MAX_RENDERED_MARKDOWN_LENGTH)
      throw new Error(`longer than ${MAX_RENDERED_MARKDOWN_LENGTH} characters`);
    const html = sanitizeArticleHtml(markdownToHtml(markdown, "The stored text"));
    const problem = findRenderProblem(markdown, html);
    if (problem) throw new Error(problem);
    return html;
  } catch (error) {
    // a stored row that cannot be rendered must not take the page down with it
    logRenderFallback("markdown", error, markdown.length);
    return renderAsEscapedText(markdown);
  }
}

/** Never throws: Markdown that is over the bounds or fails to parse comes back as escaped text (and is logged once). */
export function renderRationale(markdown: string): string {
  const known = memo.get(markdown);
  if (known !== undefined) return known;
  const rendered = renderOrShowAsText(markdown);
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(markdown, rendered);
  return rendered;
}
