import "server-only";
import { markdownToHtml } from "@/lib/articles/intake/markdown";
import { sanitizeArticleHtml } from "@/lib/articles/intake/sanitize";

// Rationales are Markdown written by the desk; they reach readers only as sanitized HTML.
export function renderRationale(markdown: string): string {
  return sanitizeArticleHtml(markdownToHtml(markdown));
}
