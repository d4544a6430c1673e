import { describeRange } from "@/lib/anchoring/anchor";
import type { Selector } from "@/lib/anchoring/selectors";
import {
  draftSentence,
  offsetOfSentence,
  renderDoc,
  swapWordWithin,
  type Doc,
  type Drafted,
  type Random,
  type Sentence,
} from "./news-prose";

/**
 * Benchmark cases: a claim described on the original text, an edited text,
 * and the ground truth (where the claim's words now are, or null when they
 * are gone and the only right answer is to flag).
 */

export const CASE_KINDS = {
  a: "(a) edits elsewhere only",
  b: "(b) one word changed in claim",
  c: "(c) claim sentence deleted",
  d: "(d) deleted + lookalike elsewhere",
  e: "(e) edited + lookalike elsewhere",
  f: "(f) both neighbours copy-edited",
  g: "(g) (f) + exact copy elsewhere",
  h: "(h) both neighbours rewritten",
  i: "(i) edited + both neighbours edited",
  j: "(j) (i) + lookalike elsewhere",
  k: "(k) deleted, neighbours edited, lookalike",
  l: "(l) short quote, neighbours rewritten",
  m: "(m) short quote deleted, copy elsewhere",
  n: "(n) repeated, one deleted + neighbours",
  o: "(o) sentence moved to other paragraph",
} as const;
export type CaseKind = keyof typeof CASE_KINDS;

/** Kinds whose claim is gone from the text: the only right answer is to flag. */
export const GONE_KINDS: readonly CaseKind[] = ["c", "d", "k", "m", "n"];

/** Kinds (issue 17) whose claim is at least 32 characters (the whole sentence when the picked clause is shorter). */
const LONG_QUOTE_KINDS: readonly CaseKind[] = ["h", "i", "j", "k", "n", "o"];
/** Kinds whose claim is a fragment of 20-31 characters of its sentence, starting at a word. */
const SHORT_QUOTE_KINDS: readonly CaseKind[] = ["l", "m"];
const SELF_EVIDENT_LENGTH = 32;

export type ClaimSpec = { sentenceId: number; from: number; to: number };
export type BenchCase = { text: string; selectors: Selector[]; truth: { start: number; end: number } | null };

/** Characters around the claim that background edits leave alone (its stored context and a margin). */
const UNTOUCHED_MARGIN = 40;

type Located = { paragraph: number; index: number; start: number; end: number; sentence: Sentence };

function locateAll(doc: Doc): Located[] {
  const all: Located[] = [];
  let offset = 0;
  doc.forEach((paragraph, p) =>
    paragraph.forEach((sentence, index) => {
      all.push({ paragraph: p, index, start: offset, end: offset + sentence.text.length, sentence });
      offset += sentence.text.length + 1;
    }),
  );
  return all;
}

function findSentence(doc: Doc, id: number): Located {
  const found = locateAll(doc).find((located) => located.sentence.id === id);
  if (!found) throw new Error(`sentence ${id} not in doc`);
  return found;
}

/** Picks a claim: a whole sentence, or (one time in three) a clause of it. */
export function pickClaim(random: Random, doc: Doc): ClaimSpec {
  const { sentence } = random.pick(locateAll(doc));
  const commas = [...sentence.text.matchAll(/, /g)].map((match) => match.index ?? 0);
  if (commas.length > 0 && random.chance(1 / 3)) {
    const comma = random.pick(commas);
    const clause = random.chance(0.5) ? { from: 0, to: comma } : { from: comma + 2, to: sentence.text.length };
    if (clause.to - clause.from >= 20) return { sentenceId: sentence.id, ...clause };
  }
  return { sentenceId: sentence.id, from: 0, to: sentence.text.length };
}

export function describeClaim(doc: Doc, claim: ClaimSpec): Selector[] {
  const start = offsetOfSentence(doc, claim.sentenceId);
  return describeRange(renderDoc(doc), start + claim.from, start + claim.to);
}

function claimRange(doc: Doc, claim: ClaimSpec): { start: number; end: number } {
  const start = offsetOfSentence(doc, claim.sentenceId) + claim.from;
  return { start, end: start + claim.to - claim.from };
}

/** A new sentence to insert at paragraph[index], unlike its future neighbours' frames. */
function freshSentence(random: Random, ids: { next: number }, paragraph: Sentence[], index: number): Sentence {
  const frames = [paragraph[index - 1]?.frame ?? -1, paragraph[index]?.frame ?? -1];
  return { id: ids.next++, ...draftSentence(random, frames) };
}

function replaceSentence(doc: Doc, at: Located, text: string): void {
  doc[at.paragraph][at.index] = { ...at.sentence, text };
}

function removeSentence(doc: Doc, at: Located): void {
  doc[at.paragraph].splice(at.index, 1);
  if (doc[at.paragraph].length === 0) doc.splice(at.paragraph, 1);
}

/**
 * Would removing `target` put two sentences of the same frame next to each
 * other? Then deleting either later can be undecidable for any matcher (the
 * survivor slides into the same slot between the same neighbours), so the
 * benchmark does not build such texts (see draftSentence).
 */
function wouldJoinTwins(doc: Doc, target: Located): boolean {
  const all = locateAll(doc);
  const at = all.findIndex((located) => located.sentence.id === target.sentence.id);
  const before = all[at - 1]?.sentence;
  const after = all[at + 1]?.sentence;
  return before !== undefined && after !== undefined && before.frame === after.frame;
}

/** One random edit somewhere that leaves [keepFrom, keepTo) untouched. */
function editElsewhere(random: Random, doc: Doc, ids: { next: number }, keepFrom: number, keepTo: number): void {
  const isClear = (from: number, to: number) => to < keepFrom || from > keepTo;
  const free = locateAll(doc).filter((located) => isClear(located.start - 1, located.end + 1));
  if (free.length === 0) return;
  const target = random.pick(free);
  const kind = random.int(4);
  if (kind === 0) {
    const swapped = swapWordWithin(random, target.sentence.text, 0, target.sentence.text.length);
    if (swapped) replaceSentence(doc, target, swapped.text);
  } else if (kind === 1) {
    if (!wouldJoinTwins(doc, target)) removeSentence(doc, target);
  } else if (kind === 2) {
    doc[target.paragraph].splice(target.index, 0, freshSentence(random, ids, doc[target.paragraph], target.index));
  } else if (target.index === 0) {
    // a new paragraph before the target's: its insertion point is the target's (clear) start
    const paragraph: Sentence[] = [];
    const previousFrame = doc[target.paragraph - 1]?.at(-1)?.frame ?? -1;
    for (let i = 0, count = 1 + random.int(4); i < count; i++) {
      const isLast = i === count - 1;
      const avoid = [paragraph.at(-1)?.frame ?? previousFrame, isLast ? target.sentence.frame : -1];
      paragraph.push({ id: ids.next++, ...draftSentence(random, avoid) });
    }
    doc.splice(target.paragraph, 0, paragraph);
  }
}

function editElsewhereMany(random: Random, doc: Doc, ids: { next: number }, claim: ClaimSpec, count: number): void {
  for (let i = 0; i < count; i++) {
    const { start, end } = claimRange(doc, claim);
    editElsewhere(random, doc, ids, start - UNTOUCHED_MARGIN, end + UNTOUCHED_MARGIN);
  }
}

/** An edit that destroys or displaces the claim's context on one side only. */
function editNextToClaim(random: Random, doc: Doc, ids: { next: number }, claim: ClaimSpec): void {
  const all = locateAll(doc);
  const position = all.findIndex((located) => located.sentence.id === claim.sentenceId);
  const isBefore = random.chance(0.5);
  const neighbour = all[position + (isBefore ? -1 : 1)];
  const own = all[position];
  const choice = random.int(3);
  if (choice === 0 && neighbour) {
    removeSentence(doc, neighbour);
  } else if (choice === 1) {
    const at = own.index + (isBefore ? 0 : 1);
    doc[own.paragraph].splice(at, 0, freshSentence(random, ids, doc[own.paragraph], at));
  } else if (neighbour) {
    const text = neighbour.sentence.text;
    const from = isBefore ? Math.max(0, text.length - 30) : 0;
    const swapped = swapWordWithin(random, text, from, isBefore ? text.length : Math.min(text.length, 30));
    if (swapped) replaceSentence(doc, neighbour, swapped.text);
  }
}

/**
 * A copy-edit on both sides of the claim: one word changed within 30 characters before it and one within 30 after
 * (in its own sentence when the claim is a clause, else in the neighbouring sentences). Moves `claim` along.
 */
function editBothSides(random: Random, doc: Doc, claim: ClaimSpec): void {
  const all = locateAll(doc);
  const position = all.findIndex((located) => located.sentence.id === claim.sentenceId);
  const own = all[position];
  if (claim.from > 0) {
    const swapped = swapWordWithin(random, own.sentence.text, Math.max(0, claim.from - 30), claim.from - 1);
    if (swapped) {
      replaceSentence(doc, own, swapped.text);
      claim.from += swapped.added - swapped.removed;
      claim.to += swapped.added - swapped.removed;
    }
  } else if (all[position - 1]) {
    const before = all[position - 1];
    const text = before.sentence.text;
    const swapped = swapWordWithin(random, text, Math.max(0, text.length - 30), text.length);
    if (swapped) replaceSentence(doc, before, swapped.text);
  }
  const ownNow = findSentence(doc, claim.sentenceId);
  const text = ownNow.sentence.text;
  if (claim.to < text.length - 1) {
    const swapped = swapWordWithin(random, text, claim.to + 1, Math.min(text.length, claim.to + 30));
    if (swapped) replaceSentence(doc, ownNow, swapped.text);
  } else if (all[position + 1]) {
    const after = all[position + 1];
    const swapped = swapWordWithin(random, after.sentence.text, 0, Math.min(after.sentence.text.length, 30));
    if (swapped) replaceSentence(doc, after, swapped.text);
  }
}

/** A copy of the claim's sentence with one or two words of the claim changed. */
function makeLookalike(random: Random, sentence: string, claim: ClaimSpec): string {
  let text = sentence;
  let to = claim.to;
  for (let i = 0, swaps = 1 + random.int(2); i < swaps; i++) {
    const swapped = swapWordWithin(random, text, claim.from, to);
    if (!swapped) break;
    text = swapped.text;
    to += swapped.added - swapped.removed;
  }
  return text;
}

/** Inserts a sentence at a sentence boundary outside [avoidFrom, avoidTo], half the time within 1,500 characters. */
function insertAwayFrom(random: Random, doc: Doc, sentence: Sentence, avoidFrom: number, avoidTo: number): void {
  const isNearby = random.chance(0.5);
  const spots = locateAll(doc).filter(
    (located) =>
      (located.start < avoidFrom - 2 || located.start > avoidTo + 2) &&
      (!isNearby || Math.abs(located.start - avoidFrom) < 1500),
  );
  const spot = random.pick(spots);
  doc[spot.paragraph].splice(spot.index, 0, sentence);
}

/** Replaces the sentence before and the one after the claim's with new ones (or deletes one of them, one time in four). */
function rewriteNeighbours(random: Random, doc: Doc, ids: { next: number }, claim: ClaimSpec): void {
  for (const step of [-1, 1]) {
    const all = locateAll(doc);
    const position = all.findIndex((located) => located.sentence.id === claim.sentenceId);
    const neighbour = all[position + step];
    if (!neighbour) continue;
    const paragraph = doc[neighbour.paragraph];
    if (random.chance(0.25) && !wouldJoinTwins(doc, neighbour)) {
      removeSentence(doc, neighbour);
    } else {
      const drafted = draftSentence(random, [
        paragraph[neighbour.index - 1]?.frame ?? -1,
        paragraph[neighbour.index + 1]?.frame ?? -1,
      ]);
      paragraph[neighbour.index] = { id: ids.next++, ...drafted };
    }
  }
}

/** One word changed within the last 30 characters of the sentence before the claim's and the first 30 of the one after. */
function editNeighbourSentences(random: Random, doc: Doc, claim: ClaimSpec): void {
  const all = locateAll(doc);
  const position = all.findIndex((located) => located.sentence.id === claim.sentenceId);
  const before = all[position - 1];
  const after = all[position + 1];
  if (before) {
    const text = before.sentence.text;
    const swapped = swapWordWithin(random, text, Math.max(0, text.length - 30), text.length);
    if (swapped) replaceSentence(doc, before, swapped.text);
  }
  if (after) {
    const text = after.sentence.text;
    const swapped = swapWordWithin(random, text, 0, Math.min(text.length, 30));
    if (swapped) replaceSentence(doc, after, swapped.text);
  }
}

/** `fragment` inside a new sentence: after its first few words, so that nothing around it is the claim's old text. */
function embedInFreshSentence(random: Random, fragment: string, avoidFrames: number[]): Drafted {
  const drafted = draftSentence(random, avoidFrames);
  const spaces = [...drafted.text.matchAll(/ /g)].map((match) => match.index ?? 0).filter((at) => at > 8);
  const at = spaces.length > 0 ? random.pick(spaces.slice(0, 3)) : drafted.text.length - 1;
  return { ...drafted, text: `${drafted.text.slice(0, at)} ${fragment}${drafted.text.slice(at)}` };
}

/** The claim widened to its whole sentence when shorter than 32 characters. */
function longQuote(doc: Doc, claim: ClaimSpec): ClaimSpec {
  if (claim.to - claim.from >= SELF_EVIDENT_LENGTH) return claim;
  return { ...claim, from: 0, to: findSentence(doc, claim.sentenceId).sentence.text.length };
}

/**
 * 20-31 characters of the claim's sentence, from the start of a word, ending at the end of a word, found once in the
 * article (words that were there twice are a different question: kinds c and g).
 */
function shortQuote(random: Random, doc: Doc, claim: ClaimSpec): ClaimSpec {
  const text = findSentence(doc, claim.sentenceId).sentence.text;
  const whole = renderDoc(doc);
  const isUnique = (words: string) => whole.indexOf(words) === whole.lastIndexOf(words);
  const starts = [0, ...[...text.matchAll(/ /g)].map((match) => (match.index ?? 0) + 1)];
  const options: ClaimSpec[] = [];
  for (const from of starts) {
    for (const end of [...text.matchAll(/[\p{L}\p{N}](?=[^\p{L}\p{N}]|$)/gu)].map((m) => (m.index ?? 0) + 1)) {
      const length = end - from;
      if (length >= 20 && length < SELF_EVIDENT_LENGTH && isUnique(text.slice(from, end))) {
        options.push({ ...claim, from, to: end });
      }
    }
  }
  return options.length > 0 ? random.pick(options) : { ...claim, from: 0, to: Math.min(text.length, 24) };
}

export function buildCase(random: Random, base: Doc, baseIds: number, picked: ClaimSpec, kind: CaseKind): BenchCase {
  let claim = picked;
  if (LONG_QUOTE_KINDS.includes(kind)) claim = longQuote(base, picked);
  if (SHORT_QUOTE_KINDS.includes(kind)) claim = shortQuote(random, base, picked);
  if (kind >= "h") return buildLaterCase(random, base, baseIds, claim, kind);
  return buildEarlierCase(random, base, baseIds, claim, kind);
}

/** The kinds added for issue 17's "keep what can be kept", and their lookalikes. */
function buildLaterCase(random: Random, original: Doc, baseIds: number, claim: ClaimSpec, kind: CaseKind): BenchCase {
  const ids = { next: baseIds };
  let base = original;
  if (kind === "n") {
    // the claim's sentence was in the article twice (a repeated line) when the claim was made on one of them
    base = original.map((paragraph) => paragraph.slice());
    const own = findSentence(base, claim.sentenceId);
    insertAwayFrom(random, base, { ...own.sentence, id: ids.next++ }, own.start, own.end + 1);
  }
  const selectors = describeClaim(base, claim);
  const doc: Doc = base.map((paragraph) => paragraph.slice());
  const current = { ...claim };
  editElsewhereMany(random, doc, ids, current, random.int(4));
  const own = findSentence(doc, claim.sentenceId);
  const ownText = own.sentence.text;
  const fragment = ownText.slice(claim.from, claim.to);
  let isGone = false;
  if (kind === "h") rewriteNeighbours(random, doc, ids, current);
  if (kind === "i" || kind === "j") {
    const swapped = swapWordWithin(random, ownText, claim.from, claim.to);
    if (!swapped) throw new Error("claim without words");
    replaceSentence(doc, own, swapped.text);
    current.to += swapped.added - swapped.removed;
    editBothSides(random, doc, current);
  }
  if (kind === "j") {
    const lookalike = { ...own.sentence, id: ids.next++, text: makeLookalike(random, ownText, claim) };
    const at = findSentence(doc, claim.sentenceId);
    insertAwayFrom(random, doc, lookalike, at.start, at.end + 1);
  }
  if (kind === "k" || kind === "n") {
    editNeighbourSentences(random, doc, current);
    const at = findSentence(doc, claim.sentenceId);
    removeSentence(doc, at);
    if (kind === "k") {
      const lookalike = { ...own.sentence, id: ids.next++, text: makeLookalike(random, ownText, claim) };
      insertAwayFrom(random, doc, lookalike, at.start, at.start);
    }
    isGone = true;
  }
  if (kind === "l") {
    // the claim's sentence rewritten around its words: both contexts are new text
    const at = findSentence(doc, claim.sentenceId);
    const paragraph = doc[at.paragraph];
    const avoid = [paragraph[at.index - 1]?.frame ?? -1, paragraph[at.index + 1]?.frame ?? -1];
    const fresh = embedInFreshSentence(random, fragment, avoid);
    paragraph[at.index] = { id: claim.sentenceId, ...fresh };
    const offset = fresh.text.indexOf(fragment);
    current.from = offset;
    current.to = offset + fragment.length;
  }
  if (kind === "m") {
    // the claim's sentence deleted; its words now stand in a new sentence elsewhere
    const at = findSentence(doc, claim.sentenceId);
    removeSentence(doc, at);
    const fresh = embedInFreshSentence(random, fragment, []);
    insertAwayFrom(random, doc, { id: ids.next++, ...fresh }, at.start, at.start);
    isGone = true;
  }
  if (kind === "o") {
    // the claim's sentence moved to the end of another paragraph; its old neighbours close up behind it
    const at = findSentence(doc, claim.sentenceId);
    if (!wouldJoinTwins(doc, at)) {
      removeSentence(doc, at);
      const targets = doc.map((_, index) => index).filter((index) => Math.abs(index - at.paragraph) <= 3);
      const target = doc[random.pick(targets)];
      const position = target.at(-1)?.frame === at.sentence.frame ? Math.max(0, target.length - 1) : target.length;
      target.splice(position, 0, at.sentence);
    }
  }
  return { text: renderDoc(doc), selectors, truth: isGone ? null : claimRange(doc, current) };
}

function buildEarlierCase(random: Random, base: Doc, baseIds: number, claim: ClaimSpec, kind: CaseKind): BenchCase {
  const selectors = describeClaim(base, claim);
  const doc: Doc = base.map((paragraph) => paragraph.slice());
  const ids = { next: baseIds };
  const current = { ...claim };
  editElsewhereMany(random, doc, ids, current, kind === "a" ? 1 + random.int(4) : random.int(4));
  const own = findSentence(doc, claim.sentenceId);
  const original = own.sentence.text;
  if (kind === "a" && random.chance(0.2)) editNextToClaim(random, doc, ids, current);
  if (kind === "b" || kind === "e") {
    const swapped = swapWordWithin(random, original, claim.from, claim.to);
    if (!swapped) throw new Error("claim without words");
    replaceSentence(doc, own, swapped.text);
    current.to += swapped.added - swapped.removed;
  }
  if (kind === "f" || kind === "g") editBothSides(random, doc, current);
  if (kind === "g") {
    // the claim's whole sentence again, word for word, away from its slot: two exact places, so nothing is certain
    const copy = { ...own.sentence, id: ids.next++, text: original };
    const at = findSentence(doc, claim.sentenceId);
    insertAwayFrom(random, doc, copy, at.start, at.end + 1);
  }
  if (kind === "c" || kind === "d") removeSentence(doc, own);
  if (kind === "d" || kind === "e") {
    const lookalike = { ...own.sentence, id: ids.next++, text: makeLookalike(random, original, claim) };
    // never next to the claim's own slot: a lookalike there is indistinguishable from an in-place edit
    const slotEnd = kind === "e" ? findSentence(doc, claim.sentenceId).end + 1 : own.start;
    insertAwayFrom(random, doc, lookalike, own.start, slotEnd);
  }
  const isGone = kind === "c" || kind === "d";
  return { text: renderDoc(doc), selectors, truth: isGone ? null : claimRange(doc, current) };
}
