import { Lexer } from "marked";

// User text (quotes, names, titles) is data, not Markdown: it must never open a
// list, a heading, a table cell or a link in the report around it.

/** Characters that change meaning anywhere in a line (GFM included: tables, strikethrough). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;

/** Escapes text for use inside one line of Markdown (table cells, list items, headings). */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(INLINE_SPECIAL, (char) => `\\${char}`)
    // "&amp;" in a quote is literal text, not an entity to decode.
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
    .replace(/^(\s*)([#+=>-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** Text that may span lines, as a blockquote: every line quoted and escaped on its own. */
export function formatMarkdownBlockquote(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdownInline(line)}` : ">"))
    .join("\n");
}

/** Link destination in angle brackets, so spaces and parentheses in URLs cannot end the link early. */
export function formatMarkdownLink(label: string, url: string): string {
  const destination = url.replace(/[<>\s]/g, (char) => encodeURIComponent(char));
  return `[${escapeMarkdownInline(label)}](<${destination}>)`;
}

function fenceFor(code: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longestRun + 1));
}

/**
 * Embeds desk-written Markdown (a rationale) inside the report without letting
 * it break the report's structure: its headings become bold lines (the report
 * owns the heading levels), code fences are re-closed, and raw HTML blocks are
 * shown as text.
 */
export function embedMarkdownSection(markdown: string): string {
  const parts: string[] = [];
  for (const token of new Lexer().lex(markdown)) {
    switch (token.type) {
      case "heading":
        parts.push(`**${token.text.replace(/\*\*/g, "")}**\n\n`);
        break;
      case "code": {
        const fence = fenceFor(token.text);
        parts.push(`${fence}${token.lang ?? ""}\n${token.text}\n${fence}\n\n`);
        break;
      }
      case "html":
        parts.push(`${escapeMarkdownInline(token.raw.trim())}\n\n`);
        break;
      default:
        parts.push(token.raw);
    }
  }
  return `${parts.join("").trimEnd()}\n`;
}
