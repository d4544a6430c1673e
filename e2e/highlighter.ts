/**
 * Highlights claims in a rendered article (the block contract of
 * text-offsets.ts) by wrapping their text in <mark> elements, for DOM we own
 * (the React annotator renders its marks itself from lib/highlight/segments).
 *
 * Design for overlapping and nested claims: flat marks, never nested. Text is
 * cut at every claim boundary and every text node piece covered by at least
 * one claim gets one <mark> listing all covering claims, outermost first, in
 * `data-claim-ids`; `data-claim-id` names the innermost (shortest) one, the
 * claim a click on that piece means. Flat marks keep one element per piece of
 * text whatever the overlap, and never wrap across element boundaries (a
 * claim crossing blocks or an <em> gets one mark per text piece).
 *
 * Text only ever moves between nodes; no markup is parsed (no innerHTML), so
 * article text cannot inject anything.
 */

export type HighlightItem = {
  id: string;
  start: number;
  end: number;
  className?: string;
  attrs?: Record<string, string>;
};

const MARK_SELECTOR = "mark[data-claim-ids]";

type Piece = { node: Text; start: number; end: number };

/** The block's text nodes with canonical offsets, split at every cut point inside them. */
function splitAtCuts(block: HTMLElement, cuts: number[]): Piece[] {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const pieces: Piece[] = [];
  let seen = Number(block.dataset.blockStart);
  for (let node of nodes) {
    const nodeEnd = seen + node.data.length;
    for (const cut of cuts) {
      if (cut <= seen || cut >= nodeEnd) continue;
      const rest = node.splitText(cut - seen);
      pieces.push({ node, start: seen, end: cut });
      [node, seen] = [rest, cut];
    }
    if (nodeEnd > seen) pieces.push({ node, start: seen, end: nodeEnd });
    seen = nodeEnd;
  }
  return pieces;
}

function byOuterFirst(a: HighlightItem, b: HighlightItem): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}

/** Event-handler attributes would run code: highlights only ever carry data. */
function setSafeAttribute(element: Element, name: string, value: string): void {
  if (!/^on/i.test(name)) element.setAttribute(name, value);
}

function wrap(piece: Piece, covering: HighlightItem[]): HTMLElement {
  const mark = piece.node.ownerDocument.createElement("mark");
  const innermost = [...covering].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  for (const item of [...covering, innermost]) {
    for (const [name, value] of Object.entries(item.attrs ?? {})) setSafeAttribute(mark, name, value);
    for (const name of item.className?.split(/\s+/).filter(Boolean) ?? []) mark.classList.add(name);
  }
  mark.dataset.claimIds = covering.map((item) => item.id).join(" ");
  mark.dataset.claimId = innermost.id;
  piece.node.replaceWith(mark);
  mark.append(piece.node);
  return mark;
}

/**
 * Wraps each item's text in marks, replacing any highlights made before.
 * Items with empty or inverted ranges are ignored. When several covering
 * items set the same attribute, the innermost one's value wins.
 */
export function highlightRanges(root: Element, items: HighlightItem[]): void {
  clearHighlights(root);
  const valid = items.filter(
    (item) => Number.isInteger(item.start) && Number.isInteger(item.end) && item.start < item.end,
  );
  const sorted = [...valid].sort(byOuterFirst);
  const cuts = [...new Set(sorted.flatMap((item) => [item.start, item.end]))].sort((a, b) => a - b);
  for (const block of root.querySelectorAll<HTMLElement>("[data-block-start]")) {
    for (const piece of splitAtCuts(block, cuts)) {
      const covering = sorted.filter((item) => item.start <= piece.start && item.end >= piece.end);
      if (covering.length > 0) wrap(piece, covering);
    }
  }
}

/** Removes every mark made by highlightRanges and merges the text back into the original nodes. */
export function clearHighlights(root: Element): void {
  const parents = new Set<Node>();
  for (const mark of root.querySelectorAll(MARK_SELECTOR)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/** The claims covering a mark, outermost first (empty for anything else). */
export function claimIdsOf(element: Element): string[] {
  if (!element.matches(MARK_SELECTOR)) return [];
  return (element.getAttribute("data-claim-ids") ?? "").split(" ").filter(Boolean);
}

/** Every mark covering (part of) a claim, in document order. */
export function marksOfClaim(root: Element, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)].filter((mark) => claimIdsOf(mark).includes(id));
}
