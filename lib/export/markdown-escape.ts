import { Lexer, Marked, type Token } from "marked";
import { findMarkdownProblem, MAX_RENDERED_MARKDOWN_LENGTH } from "@/lib/text/bounds";
import { logRenderFallback } from "@/lib/text/render-fallback";

// User text (quotes, names, titles) is data, not Markdown: it must never open a
// list, a heading, a table cell or a link in the report around it.

/** Characters that change meaning anywhere in a line (GFM included: tables, strikethrough). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;

/** Escapes text for use inside one line of Markdown (table cells, list items, headings). */
export function escapeMarkdownInline(text: string): string {
  return (
    text
      .replace(/\r\n?|\n/g, " ")
      .replace(INLINE_SPECIAL, (char) => `\\${char}`)
      // "&amp;" in a quote is literal text, not an entity to decode.
      .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
      .replace(/^(\s*)([#+=>-])/, "$1\\$2")
      .replace(/^(\s*\d+)([.)])/, "$1\\$2")
      // GFM links bare addresses, and such a link swallows a following backslash, un-escaping the "<" after it
      // ("https://x/\\<img ...>"): breaking "://" and "www." keeps user text from becoming a link at all.
      .replace(/:(?=\/\/)/g, "\\:")
      .replace(/\b(www)\./gi, "$1\\.")
  );
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
  // Some renderers (marked among them) drop backslash escapes in a link's label before reading it again, so a
  // label's brackets and angle brackets are written as character references, which never turn into markup.
  const text = escapeMarkdownInline(label).replace(
    /\\([[\]<>])/g,
    (_escaped, char: string) => `&#${char.charCodeAt(0)};`,
  );
  return `[${text}](<${destination}>)`;
}

function fenceFor(code: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longestRun + 1));
}

// Links a report keeps; anything else (javascript:, data:, entity-encoded schemes, relative paths) is shown as text.
const SAFE_LINK_DESTINATION = /^(https?:\/\/|mailto:)/i;
const walker = new Marked();

/** The source text of every piece of raw HTML and every link or image to an unsafe address, at any depth. */
function findUnsafeMarkup(markdown: string): string[] {
  const found = new Set<string>();
  walker.walkTokens(new Lexer().lex(markdown), (token: Token) => {
    if (token.type === "html") found.add(token.raw.trim());
    if ((token.type === "link" || token.type === "image") && !SAFE_LINK_DESTINATION.test(token.href.trim()))
      found.add(token.raw);
  });
  return [...found].filter(Boolean);
}

/**
 * Raw HTML (inline or block) and links to anything but http(s) or mailto become literal text, so a Markdown
 * viewer that renders HTML (many do, unsanitized) shows them instead of running them. When a piece cannot be
 * rewritten in place (HTML spread over lines of a blockquote), every line is escaped instead: less formatting,
 * never script.
 */
function neutraliseUnsafeMarkup(markdown: string): string {
  let result = markdown;
  for (const raw of findUnsafeMarkup(markdown).sort((a, b) => b.length - a.length))
    result = result.split(raw).join(escapeMarkdownInline(raw));
  if (findUnsafeMarkup(result).length === 0) return result;
  return markdown
    .split(/\r\n?|\n/)
    .map(escapeMarkdownInline)
    .join("\n");
}

/**
 * Every "<" outside a code block as a character reference. Raw HTML, in every Markdown renderer, starts with a
 * literal "<"; "&lt;" only ever decodes to text. Renderers disagree about where HTML starts (markdown-it reads
 * "1. a\n   <script\n>" in a list item as an HTML block, marked as text), so finding the HTML with one parser
 * cannot protect readers of another: leaving no "<" at all does. The price: a "<" inside inline code shows as
 * "&lt;" (where it was not escaped already). Code blocks keep theirs (embedMarkdownSection re-fences them, so every renderer agrees where they end).
 */
const withoutRawAngles = (markdown: string) =>
  // a "<" after an odd number of backslashes is escaped already (and shows as "<"); after an even number it is raw
  markdown.replace(/(\\*)</g, (match, backslashes: string) =>
    backslashes.length % 2 === 1 ? match : `${backslashes}&lt;`,
  );

/**
 * Embeds desk-written Markdown (a rationale) inside the report without letting
 * it break the report's structure or run script in a viewer: its headings become
 * bold lines (the report owns the heading levels), code fences are re-closed,
 * and raw HTML and unsafe links are shown as text, in any renderer.
 */
export function embedMarkdownSection(markdown: string): string {
  // Over the parsing bounds (a row stored before they existed) or failing to parse: every line as escaped text.
  try {
    const problem =
      markdown.length > MAX_RENDERED_MARKDOWN_LENGTH ? "too long to parse" : findMarkdownProblem(markdown);
    if (problem) throw new Error(problem);
    return embedParsedMarkdown(markdown);
  } catch (error) {
    logRenderFallback("Markdown export", error, markdown.length);
    return `${markdown
      .split(/\r\n?|\n/)
      .map(escapeMarkdownInline)
      .join("\n")
      .trimEnd()}\n`;
  }
}

function embedParsedMarkdown(markdown: string): string {
  const parts: string[] = [];
  for (const token of new Lexer().lex(neutraliseUnsafeMarkup(markdown))) {
    switch (token.type) {
      case "heading":
        parts.push(`**${withoutRawAngles(token.text.replace(/\*\*/g, ""))}**\n\n`);
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
        parts.push(withoutRawAngles(token.raw));
    }
  }
  return `${parts.join("").trimEnd()}\n`;
}
