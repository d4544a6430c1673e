export type DetectedFormat = "text" | "markdown" | "html";

// Tags seen in page source and rich-text clipboard HTML, and almost never in prose that
// merely mentions a tag. Block tags outrank Markdown syntax; inline tags (a <br> or <b>
// dropped into a Markdown file) do not.
const HTML_BLOCK_TAG =
  /<(!doctype\s+html|html|head|body|meta|title|p|div|article|section|main|h[1-6]|ul|ol|li|blockquote|pre|table|figure)(\s[^<>]*)?\/?>/i;
const HTML_INLINE_TAG = /<(span|a|em|strong|b|i|br|img|q|cite|code)(\s[^<>]*)?\/?>/i;
const WHOLE_PAGE = /<(!doctype\s+html|html|head|body|title|meta)[\s>/]/i;

// One of these is enough: plain prose does not start lines with "## ", wrap words in
// "**", fence code with ``` or write [text](https://...).
const MARKDOWN_SIGNALS = [
  /^#{1,6}[ \t]+\S/m, // heading
  /\[[^\]\n]+\]\([^)\s]+\)/, // [link](url)
  /^(```|~~~)/m, // fenced code
  /(\*\*|__)\S[^\n]*?\S\1/, // **bold**
  /^>[ \t]?\S/m, // > quote
];
// List markers count only when two items follow each other: a single "1. " line is more
// likely a numbered sentence than a list.
const MARKDOWN_LIST = /^[ \t]*([-*+]|\d{1,3}[.)])[ \t]+\S.*\n[ \t]*([-*+]|\d{1,3}[.)])[ \t]+\S/m;

function looksLikeMarkdown(content: string): boolean {
  return MARKDOWN_SIGNALS.some((signal) => signal.test(content)) || MARKDOWN_LIST.test(content);
}

export function detectFormat(content: string): DetectedFormat {
  if (HTML_BLOCK_TAG.test(content)) return "html";
  if (looksLikeMarkdown(content)) return "markdown";
  if (HTML_INLINE_TAG.test(content)) return "html";
  return "text";
}

/** A whole saved page (head, title, meta) rather than a fragment copied from one. */
export function isWholePage(html: string): boolean {
  return WHOLE_PAGE.test(html);
}
