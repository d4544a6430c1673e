import { Marked } from "marked";
import { sanitizeArticleHtml } from "./sanitize";

// Our own instance, so options set elsewhere on the global `marked` never change intake.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Markdown may carry raw HTML (and links like [x](javascript:...)); marked passes both
 * through, so the result is always sanitized here rather than trusting each caller to.
 */
export function markdownToHtml(source: string): string {
  const rendered = markdown.parse(source, { async: false });
  return sanitizeArticleHtml(rendered);
}
