import { alignmentCostsEndingAt, alignmentCostsStartingAt, editDistance } from "./alignment";

/**
 * How well the stored prefix / suffix of a quote fit around a place in the
 * new text. Similarities are 1 - edits / context length, in [0, 1].
 */

/**
 * Characters of context stored on each side of a quote. 32 is what Hypothesis
 * stores: enough to tell repeated sentences apart by their neighbours, short
 * enough that an edit in a neighbouring sentence rarely reaches it.
 */
export const CONTEXT_LENGTH = 32;

/**
 * Extra text considered beyond the context's own length, so that a word
 * inserted into (or deleted from) the context costs only its own length
 * instead of shifting the whole context out of alignment.
 */
const CONTEXT_SLACK = 8;

export type ContextFit = { offset: number; similarity: number };

function similarity(cost: number, length: number): number {
  return length === 0 ? 1 : Math.max(0, 1 - cost / length);
}

/*
 * A context shorter than CONTEXT_LENGTH was cut by the start or end of the
 * document, so the document boundary is part of the evidence: compare it with
 * everything up to the boundary (at most CONTEXT_LENGTH characters). An empty
 * prefix then matches only at the very start of the text, and a short prefix
 * does not vouch for a place far from the start.
 */
function isTruncated(context: string): boolean {
  return context.length < CONTEXT_LENGTH;
}

function fitTruncated(context: string, neighbour: string): number {
  return similarity(editDistance(context, neighbour), Math.max(context.length, neighbour.length));
}

/**
 * Best place within `radius` of `at` for the stored prefix to end, and how
 * well it fits there (ties go to the offset nearest `at`).
 */
export function fitPrefix(text: string, prefix: string, at: number, radius = 0): ContextFit {
  if (isTruncated(prefix)) {
    const neighbour = text.slice(Math.max(0, at - CONTEXT_LENGTH), at);
    return { offset: at, similarity: fitTruncated(prefix, neighbour) };
  }
  const lowestEnd = Math.max(0, at - radius);
  const highestEnd = Math.min(text.length, at + radius);
  const from = Math.max(0, lowestEnd - prefix.length - CONTEXT_SLACK);
  const costs = alignmentCostsEndingAt(text, prefix, from, highestEnd);
  let best: ContextFit = { offset: at, similarity: -1 };
  for (let end = lowestEnd; end <= highestEnd; end++) {
    const fit = similarity(costs[end - from], prefix.length);
    const isNearer = Math.abs(end - at) < Math.abs(best.offset - at);
    if (fit > best.similarity || (fit === best.similarity && isNearer)) best = { offset: end, similarity: fit };
  }
  return best;
}

/** Mirror of fitPrefix: best place near `at` for the stored suffix to start. */
export function fitSuffix(text: string, suffix: string, at: number, radius = 0): ContextFit {
  if (isTruncated(suffix)) {
    const neighbour = text.slice(at, at + CONTEXT_LENGTH);
    return { offset: at, similarity: fitTruncated(suffix, neighbour) };
  }
  const lowestStart = Math.max(0, at - radius);
  const highestStart = Math.min(text.length, at + radius);
  const to = Math.min(text.length, highestStart + suffix.length + CONTEXT_SLACK);
  const costs = alignmentCostsStartingAt(text, suffix, lowestStart, to);
  let best: ContextFit = { offset: at, similarity: -1 };
  for (let start = lowestStart; start <= highestStart; start++) {
    const fit = similarity(costs[to - start], suffix.length);
    const isNearer = Math.abs(start - at) < Math.abs(best.offset - at);
    if (fit > best.similarity || (fit === best.similarity && isNearer)) best = { offset: start, similarity: fit };
  }
  return best;
}
