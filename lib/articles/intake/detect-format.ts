export type DetectedFormat = "text" | "markdown" | "html";
/** What "Detect automatically" reads a paste as: "mixed" is plain paragraphs with some HTML blocks among them. */
export type PasteReading = DetectedFormat | "mixed";

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

const ANY_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/;
// forms send a textarea's line breaks as CRLF
const BLANK_LINE = /\r?\n[ \t]*\r?\n/;

/** The paste's blank-line-separated blocks. */
export function pasteBlocks(content: string): string[] {
  return content.split(BLANK_LINE).filter((block) => block.trim() !== "");
}

/**
 * How to read a paste when the member left the format to us. HTML with paragraphs of plain text between its
 * snippets (most blocks have no tag at all) is "mixed": each block is read as what it is, so the writer's paragraphs
 * stay paragraphs instead of running together as one HTML text.
 */
export function decidePasteReading(content: string): PasteReading {
  const format = detectFormat(content);
  if (format !== "html" || isWholePage(content)) return format;
  const blocks = pasteBlocks(content);
  const plain = blocks.filter((block) => !ANY_TAG.test(block)).length;
  return blocks.length >= 2 && plain * 2 >= blocks.length ? "mixed" : "html";
}

/** The blocks of a mixed paste as one HTML fragment: tagged blocks as they are, plain lines as escaped paragraphs. */
export function mixedPasteToHtml(content: string): string {
  const escape = (line: string) => line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return pasteBlocks(content)
    .map((block) =>
      ANY_TAG.test(block)
        ? block
        : block
            .split(/\r?\n/)
            .filter((line) => line.trim() !== "")
            .map((line) => `<p>${escape(line)}</p>`)
            .join("\n"),
    )
    .join("\n");
}

/** A whole saved page (head, title, meta) rather than a fragment copied from one. */
export function isWholePage(html: string): boolean {
  return WHOLE_PAGE.test(html);
}
