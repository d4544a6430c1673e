// Browser Range <-> offsets in the article's canonical text. The rendered article is a sequence of block
// elements carrying `data-block-start` (their offset in the canonical text); their text nodes, highlights
// included, concatenate to exactly that block's text. Blocks are separated by "\n" in the canonical text.

function blockOf(node: Node, root: Element): HTMLElement | null {
  let el: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (el && el !== root) {
    if (el instanceof HTMLElement && el.dataset.blockStart !== undefined) return el;
    el = el.parentNode;
  }
  return null;
}

const textNodesOf = (block: Element): Text[] => {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
};

const blocksOf = (root: Element) => [...root.querySelectorAll<HTMLElement>("[data-block-start]")];
const blockLength = (block: Element) => textNodesOf(block).reduce((n, t) => n + t.data.length, 0);

// Offset of a DOM boundary point (container, offset) within the canonical text.
function pointToOffset(root: Element, container: Node, offset: number, isEnd: boolean): number | null {
  let block = blockOf(container, root);
  if (!block) {
    // a boundary between blocks (on root or a wrapper): snap to the nearest block edge
    const blocks = blocksOf(root);
    const child = container.childNodes[offset] ?? null;
    const after = blocks.find((b) => (child ? child === b || child.contains(b) || !!(child.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) : false));
    if (isEnd) {
      const before = after ? blocks[blocks.indexOf(after) - 1] : blocks[blocks.length - 1];
      return before ? Number(before.dataset.blockStart) + blockLength(before) : after ? Number(after.dataset.blockStart) : null;
    }
    block = after ?? null;
    return block ? Number(block.dataset.blockStart) : null;
  }
  const start = Number(block.dataset.blockStart);
  const range = block.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEnd(container, offset);
  // Range.toString() concatenates exactly the text nodes inside the range: the length before the boundary point
  const length = range.toString().length;
  return start + length;
}

export function rangeToOffsets(root: Element, range: Range): { start: number; end: number } | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null;
  const start = pointToOffset(root, range.startContainer, range.startOffset, false);
  const end = pointToOffset(root, range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  const doc = root.ownerDocument;
  const locate = (offset: number, isEnd: boolean): [Node, number] | null => {
    for (const block of blocksOf(root)) {
      const blockStart = Number(block.dataset.blockStart);
      const nodes = textNodesOf(block);
      const length = nodes.reduce((n, t) => n + t.data.length, 0);
      if (offset < blockStart || offset > blockStart + length) continue;
      let seen = blockStart;
      for (const t of nodes) {
        const inside = isEnd ? offset <= seen + t.data.length : offset < seen + t.data.length;
        if (inside) return [t, offset - seen];
        seen += t.data.length;
      }
      return [block, block.childNodes.length];
    }
    return null;
  };
  const a = locate(start, false), b = locate(end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}
