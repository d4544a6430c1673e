import { Marked } from "marked";
import { assertMarkdownWithinBounds, parseWithinBounds } from "@/lib/text/bounds";
import { sanitizeArticleHtml } from "./sanitize";

// Our own instance, so options set elsewhere on the global `marked` never change intake.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Markdown may carry raw HTML (and links like [x](javascript:...)); marked passes both
 * through, so the result is always sanitized here rather than trusting each caller to.
 * Throws TextBoundError (naming `subject`) when the source nests too deep to parse safely.
 */
export function markdownToHtml(source: string, subject = "The Markdown"): string {
  assertMarkdownWithinBounds(source, subject);
  const rendered = parseWithinBounds(subject, () => markdown.parse(source, { async: false }));
  return sanitizeArticleHtml(rendered);
}
