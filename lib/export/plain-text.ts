import { Lexer, type Token, type Tokens } from "marked";
import { findMarkdownProblem, findRenderProblem, MAX_RENDERED_MARKDOWN_LENGTH } from "@/lib/text/bounds";
import { logRenderFallback } from "@/lib/text/render-fallback";

// Rationales are Markdown. Print-like outputs (PDF) show them as plain
// paragraphs: markup is dropped, link targets are kept in brackets because a
// printed page cannot be clicked, and raw HTML is discarded rather than shown.

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function renderInline(tokens: readonly Token[] | undefined): string {
  if (!tokens) return "";
  let out = "";
  for (const token of tokens) {
    switch (token.type) {
      case "link": {
        const link = token as Tokens.Link;
        const label = renderInline(link.tokens);
        out += label && label !== link.href ? `${label} (${link.href})` : link.href;
        break;
      }
      case "image":
        out += (token as Tokens.Image).text;
        break;
      case "html":
        break;
      case "br":
        out += " ";
        break;
      case "strong":
      case "em":
      case "del":
        out += renderInline((token as Tokens.Strong).tokens);
        break;
      case "text": {
        const text = token as Tokens.Text;
        out += text.tokens ? renderInline(text.tokens) : decodeEntities(text.text);
        break;
      }
      default:
        out += "text" in token && typeof token.text === "string" ? decodeEntities(token.text) : "";
    }
  }
  return out;
}

function renderBlocks(tokens: readonly Token[], out: string[], bullet = ""): void {
  for (const token of tokens) {
    switch (token.type) {
      case "space":
      case "hr":
      case "html":
        break;
      case "code":
        out.push((token as Tokens.Code).text);
        break;
      case "list": {
        const list = token as Tokens.List;
        list.items.forEach((item, index) => {
          const marker = list.ordered ? `${Number(list.start || 1) + index}.` : "•";
          const nested: string[] = [];
          renderBlocks(item.tokens, nested);
          if (nested.length > 0)
            out.push(`${bullet}${marker} ${nested[0]}`, ...nested.slice(1).map((line) => `${bullet}  ${line}`));
        });
        break;
      }
      case "blockquote":
        renderBlocks((token as Tokens.Blockquote).tokens, out, bullet);
        break;
      case "table": {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          out.push(row.map((cell) => collapseWhitespace(renderInline(cell.tokens))).join(" | "));
        }
        break;
      }
      default: {
        const text =
          "tokens" in token && token.tokens ? renderInline(token.tokens) : "text" in token ? String(token.text) : "";
        const line = collapseWhitespace(text);
        if (line) out.push(line);
      }
    }
  }
}

/** The source itself, one paragraph per blank-line-separated block: for Markdown that cannot be parsed safely. */
function splitSourceParagraphs(markdown: string): string[] {
  return markdown
    .split(/(?:\r\n?|\n)\s*(?:\r\n?|\n)/)
    .map(collapseWhitespace)
    .filter(Boolean);
}

/**
 * Markdown → plain paragraphs (list items become "• item" paragraphs). Markdown over the parsing bounds (a row
 * stored before they existed) or that fails to parse comes back as its own text, so an export never fails on it.
 */
export function extractPlainParagraphs(markdown: string): string[] {
  try {
    const problem =
      markdown.length > MAX_RENDERED_MARKDOWN_LENGTH ? "too long to parse" : findMarkdownProblem(markdown);
    if (problem) throw new Error(problem);
    const out: string[] = [];
    renderBlocks(new Lexer().lex(markdown), out);
    const grown = findRenderProblem(markdown, out.join("\n"));
    if (grown) throw new Error(grown);
    return out;
  } catch (error) {
    logRenderFallback("plain-text export", error, markdown.length);
    return splitSourceParagraphs(markdown);
  }
}
