import { DOMParser } from "linkedom";
import { normalizeText } from "@/lib/anchoring/normalize";

export type BlockKind = "p" | "h" | "li" | "quote" | "pre";
export type TextBlock = { kind: BlockKind; text: string };

// Blocks that say what their text is. A plain paragraph or container inside a list item
// or a quote is still part of that item or quote (Markdown writes "> text" as
// <blockquote><p>text</p></blockquote>), so "p" never overrides an enclosing kind.
const SPECIFIC_KINDS: Record<string, BlockKind> = {
  h1: "h",
  h2: "h",
  h3: "h",
  h4: "h",
  h5: "h",
  h6: "h",
  li: "li",
  blockquote: "quote",
  pre: "pre",
};
const GENERIC_BLOCK_TAGS = new Set([
  "p",
  "div",
  "ul",
  "ol",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "figure",
  "figcaption",
  "table",
  "tr",
  "td",
  "th",
  "dl",
  "dt",
  "dd",
  "address",
  "hr",
  "body",
]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

type Walk = { blocks: TextBlock[]; pending: string; pendingKind: BlockKind };

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function endBlock(walk: Walk): void {
  const text = collapseWhitespace(walk.pending);
  if (text) walk.blocks.push({ kind: walk.pendingKind, text });
  walk.pending = "";
}

function addText(walk: Walk, text: string, kind: BlockKind): void {
  walk.pendingKind = kind;
  walk.pending += text;
}

// Inside <pre> each line is its own block, so one block is always one line of the text.
function addPreformatted(walk: Walk, text: string): void {
  text.split("\n").forEach((line, index) => {
    if (index > 0) endBlock(walk);
    addText(walk, line, "pre");
  });
}

function visit(node: Node, kind: BlockKind, walk: Walk): void {
  if (node.nodeType === TEXT_NODE) {
    const text = node.textContent ?? "";
    if (kind === "pre") addPreformatted(walk, text);
    else addText(walk, text, kind);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as Element).localName;
  if (tag === "br") {
    addText(walk, " ", kind);
    return;
  }
  const specificKind = SPECIFIC_KINDS[tag];
  const isBlock = specificKind !== undefined || GENERIC_BLOCK_TAGS.has(tag);
  // Entering and leaving a block both end the text before it, so the innermost block
  // owns each piece of text and no text is counted twice.
  if (isBlock) endBlock(walk);
  const childKind = specificKind ?? kind;
  for (const child of node.childNodes) visit(child, childKind, walk);
  if (isBlock) endBlock(walk);
}

/**
 * Splits sanitized HTML into one block per block-level element, in document order. A pure
 * function of its input: the same HTML always gives the same blocks.
 */
export function htmlToBlocks(sanitizedHtml: string): TextBlock[] {
  const document = new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${sanitizedHtml}</body></html>`,
    "text/html",
  );
  const walk: Walk = { blocks: [], pending: "", pendingKind: "p" };
  visit(document.body, "p", walk);
  endBlock(walk);
  return walk.blocks;
}

export function blocksToText(blocks: TextBlock[]): string {
  return normalizeText(blocks.map((block) => block.text).join("\n"));
}
