/**
 * Browser Range <-> offsets in an article's canonical text (normalizeText).
 *
 * The DOM contract: the article root contains block elements carrying
 * `data-block-start="N"`, N being the block's offset in the canonical text;
 * the block's text nodes (highlights included) concatenate to exactly the
 * canonical text from N to the block's end. Whatever separates blocks in the
 * canonical text ("\n", or "\n\n" around a blank line) is not in the DOM, so
 * offsets across blocks come from the blocks' starts, never from counting.
 */

export type TextSpan = { start: number; end: number };

type Block = { element: HTMLElement; start: number; length: number };

function findBlocks(root: Element): Block[] {
  return [...root.querySelectorAll<HTMLElement>("[data-block-start]")].map((element) => ({
    element,
    start: Number(element.dataset.blockStart),
    length: textNodesIn(element).reduce((sum, node) => sum + node.data.length, 0),
  }));
}

function textNodesIn(element: Element): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** -1, 0 or 1 as the point (node, offset) lies before, at or after the point (refNode, refOffset). */
function comparePoints(node: Node, offset: number, refNode: Node, refOffset: number): number {
  const reference = refNode.ownerDocument!.createRange();
  reference.setStart(refNode, refOffset);
  return reference.comparePoint(node, offset);
}

function isPointInside(node: Node, offset: number, element: Element): boolean {
  return (
    comparePoints(node, offset, element, 0) >= 0 && comparePoints(node, offset, element, element.childNodes.length) <= 0
  );
}

/**
 * Canonical offset of a boundary point. Inside a block it counts the block's
 * text before the point (Range.toString() concatenates exactly the text nodes
 * in the range). Between blocks, on the root or a wrapper, a start snaps
 * forward to the next block's start and an end back to the previous block's
 * end, so a triple-click or a drag past a paragraph selects what it shows.
 */
function offsetOfPoint(blocks: Block[], node: Node, offset: number, isEnd: boolean): number | null {
  let previous: Block | null = null;
  for (const block of blocks) {
    if (isPointInside(node, offset, block.element)) {
      const before = block.element.ownerDocument.createRange();
      before.setStart(block.element, 0);
      before.setEnd(node, offset);
      return block.start + before.toString().length;
    }
    if (comparePoints(node, offset, block.element, 0) < 0) {
      if (!isEnd) return block.start;
      return previous ? previous.start + previous.length : null;
    }
    previous = block;
  }
  return isEnd && previous ? previous.start + previous.length : null;
}

/**
 * Offsets of a selection range within the root's canonical text, or null for
 * a collapsed range, one outside the root, or one covering no text. A range
 * that reaches out of the root is clipped to it.
 */
export function rangeToOffsets(root: Element, range: Range): TextSpan | null {
  if (range.collapsed || !range.intersectsNode(root)) return null;
  const isStartBefore = comparePoints(range.startContainer, range.startOffset, root, 0) < 0;
  const isEndAfter = comparePoints(range.endContainer, range.endOffset, root, root.childNodes.length) > 0;
  const [startNode, startOffset] = isStartBefore ? [root, 0] : [range.startContainer, range.startOffset];
  const [endNode, endOffset] = isEndAfter ? [root, root.childNodes.length] : [range.endContainer, range.endOffset];
  const blocks = findBlocks(root);
  const start = offsetOfPoint(blocks, startNode, startOffset, false);
  const end = offsetOfPoint(blocks, endNode, endOffset, true);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * The DOM point for a canonical offset. A start sits at the beginning of the
 * text node holding the next character (so it never trails off the end of a
 * highlight before it); an end sits at the end of the node holding the
 * previous character. Offsets between blocks move to the nearest block text
 * in the range's direction.
 */
function pointAt(blocks: Block[], offset: number, isEnd: boolean): [Node, number] | null {
  const ordered = isEnd ? [...blocks].reverse() : blocks;
  for (const block of ordered) {
    const blockEnd = block.start + block.length;
    const isInside = isEnd ? offset > block.start && offset <= blockEnd : offset >= block.start && offset < blockEnd;
    const isPast = isEnd ? offset > blockEnd : offset < block.start;
    if (!isInside && !isPast) continue;
    const target = isInside ? offset : isEnd ? blockEnd : block.start;
    let seen = block.start;
    for (const node of textNodesIn(block.element)) {
      const nodeEnd = seen + node.data.length;
      if (isEnd ? target > seen && target <= nodeEnd : target >= seen && target < nodeEnd) return [node, target - seen];
      seen = nodeEnd;
    }
    return [block.element, isEnd ? block.element.childNodes.length : 0];
  }
  return null;
}

/** A DOM range over canonical offsets [start, end), or null if it covers no block text. */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return null;
  const blocks = findBlocks(root);
  const from = pointAt(blocks, start, false);
  const to = pointAt(blocks, end, true);
  if (!from || !to || comparePoints(from[0], from[1], to[0], to[1]) >= 0) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}
