// Pure: splits article text into blocks (one per line) and each block into segments at every claim boundary, so
// overlapping and nested claims render as plain nested-free <mark> runs that list every claim covering them.
export type HighlightRange = { id: string; start: number; end: number };
export type Block = { start: number; end: number; text: string };
export type Segment = { start: number; end: number; text: string; ids: string[] };

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.length) blocks.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return blocks;
}

// Ranges sorted by start (then longest first) so ids in a segment list the outermost claim first.
export function sortRanges<T extends HighlightRange>(ranges: T[]): T[] {
  return [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

export function segmentBlock(block: Block, sortedRanges: HighlightRange[]): Segment[] {
  const inside = sortedRanges.filter((r) => r.start < block.end && r.end > block.start);
  if (!inside.length) return [{ start: block.start, end: block.end, text: block.text, ids: [] }];
  const cuts = new Set<number>([block.start, block.end]);
  for (const r of inside) {
    cuts.add(Math.max(r.start, block.start));
    cuts.add(Math.min(r.end, block.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const ids = inside.filter((r) => r.start <= start && r.end >= end).map((r) => r.id);
    segments.push({ start, end, text: block.text.slice(start - block.start, end - block.start), ids });
  }
  return segments;
}

// The claim a click on a segment means: the innermost (shortest) one covering it.
export function innermostRange<T extends HighlightRange>(ids: string[], byId: Map<string, T>): T | undefined {
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is T => !!r)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}
