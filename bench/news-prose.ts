/**
 * Deterministic news-like prose for the anchoring benchmark: paragraphs of
 * template sentences, some boilerplate sentences repeated verbatim, and some
 * near-duplicates (a sentence copied elsewhere with a word or two changed), so
 * that lookalikes exist the way they do in real wire copy.
 */

import {
  ACTIONS,
  ADVERBS,
  BOILERPLATE,
  DAYS,
  FIRST_NAMES,
  GOALS,
  LAST_NAMES,
  MONTHS,
  ORG_KINDS,
  ORG_QUALIFIERS,
  OUTLETS,
  PLACES,
  ROLES,
  SWAP_WORDS,
  THINGS,
  TRENDS,
  VERDICTS,
} from "./news-vocabulary";

export type Random = {
  next(): number;
  int(limit: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
};

/** mulberry32: tiny, fast, good enough to make runs repeatable. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (limit: number) => Math.floor(next() * limit);
  return { next, int, pick: (items) => items[int(items.length)], chance: (probability) => next() < probability };
}

const person = (r: Random) => `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
const organisation = (r: Random) =>
  r.chance(0.5)
    ? `the ${r.pick(ORG_QUALIFIERS)} ${r.pick(ORG_KINDS)}`
    : `the ${r.pick(ORG_KINDS)} of ${r.pick(PLACES)}`;
const amount = (r: Random) => `${1 + r.int(950)}${r.chance(0.3) ? `.${r.int(10)}` : ""}`;
const date = (r: Random) =>
  r.pick([`on ${r.pick(DAYS)}`, `on ${r.pick(MONTHS)} ${1 + r.int(28)}`, `in ${r.pick(MONTHS)} ${2015 + r.int(11)}`]);
const attribution = (r: Random) =>
  r.pick([
    `${person(r)} said`,
    `said ${person(r)}, the ${r.pick(ROLES)}`,
    `${person(r)}, a ${r.pick(ROLES)} in ${r.pick(PLACES)}, told ${r.pick(OUTLETS)}`,
    `according to ${organisation(r)}`,
  ]);

const TEMPLATES: ((r: Random) => string)[] = [
  (r) => `${cap(organisation(r))} ${r.pick(ACTIONS)} ${date(r)}, ${attribution(r)}.`,
  (r) =>
    `${cap(r.pick(THINGS))} in ${r.pick(PLACES)} ${r.pick(TRENDS)} ${r.pick(ADVERBS)} ${date(r)}, ${attribution(r)}.`,
  (r) =>
    `“We ${r.pick(["have to", "must", "want to", "will"])} ${r.pick(GOALS)} before ${2026 + r.int(9)},” ${attribution(r)}.`,
  (r) =>
    `${person(r)} said ${r.pick(THINGS)} had ${r.pick(TRENDS)} by ${amount(r)} percent since ${r.pick(MONTHS)}, ` +
    `and ${r.pick(["warned", "predicted", "feared"])} that ${r.pick(THINGS)} would follow.`,
  (r) =>
    `The ${r.pick(["plan", "proposal", "scheme", "programme"])}, which ${r.pick(["aims", "seeks", "is meant"])} to ` +
    `${r.pick(GOALS)}, would cost ${r.pick(["about", "roughly", "up to", "at least"])} ${amount(r)} million euros (€) ` +
    `over ${2 + r.int(14)} years.`,
  (r) =>
    `${r.pick(["Critics", "Opposition lawmakers", "Residents", "Unions"])} say ${organisation(r)} has failed to ` +
    `${r.pick(GOALS)}, while ${r.pick(["supporters", "officials", "its defenders"])} point to lower ${r.pick(THINGS)}.`,
  (r) =>
    `In ${r.pick(PLACES)}, ${r.pick(THINGS)} ${r.pick(TRENDS)} for the ${r.pick(["first", "second", "third"])} time since ${2000 + r.int(24)}.`,
  (r) =>
    `${cap(organisation(r))} ${r.pick(["will publish", "expects to release", "is due to present"])} its next report ${date(r)}.`,
  (r) =>
    `About ${1 + r.int(950)} people ${r.pick(["attended the meeting", "joined the protest", "signed the petition"])} ${date(r)}, ${attribution(r)}.`,
  (r) =>
    `The ${r.pick(ROLES)} ${person(r)} resigned ${date(r)} after ${r.pick(THINGS)} ${r.pick(TRENDS)} ${r.pick(ADVERBS)}.`,
  (r) =>
    `${cap(r.pick(THINGS))} are expected to ${r.pick(["rise", "fall", "level off"])} by ${amount(r)} percent next year, ${attribution(r)}.`,
  (r) =>
    `${person(r)} (${r.pick(ROLES)}) called the decision “${r.pick(VERDICTS)}” and asked ${organisation(r)} to ${r.pick(GOALS)}.`,
];

function cap(value: string): string {
  return value[0].toUpperCase() + value.slice(1);
}

/** One news-like sentence (also used by bench/search.ts for titles). */
export function generateSentence(random: Random): string {
  return draftSentence(random).text;
}

/** A sentence and its frame (which template, or which boilerplate line, produced it). */
export type Drafted = { text: string; frame: number };

/**
 * A new sentence whose frame differs from `avoidFrames` (its neighbours'):
 * real prose does not use the same sentence frame twice in a row, and two
 * neighbours sharing a frame can slide into each other's exact slot when one
 * is deleted, which no matcher can tell from an edit.
 */
export function draftSentence(random: Random, avoidFrames: readonly number[] = []): Drafted {
  for (;;) {
    const drafted = random.chance(0.05)
      ? ((index) => ({ text: BOILERPLATE[index], frame: TEMPLATES.length + index }))(random.int(BOILERPLATE.length))
      : ((index) => ({ text: TEMPLATES[index](random), frame: index }))(random.int(TEMPLATES.length));
    if (!avoidFrames.includes(drafted.frame)) return drafted;
  }
}

/** Replaces one word (a run of letters/digits) within [from, to) of `sentence`. */
export function swapWordWithin(
  random: Random,
  sentence: string,
  from: number,
  to: number,
): { text: string; at: number; removed: number; added: number } | null {
  const words = [...sentence.slice(from, to).matchAll(/[\p{L}\p{N}]+/gu)];
  if (words.length === 0) return null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const word = random.pick(words);
    const replacement = random.pick(SWAP_WORDS);
    if (replacement.toLowerCase() === word[0].toLowerCase()) continue;
    const at = from + (word.index ?? 0);
    const text = sentence.slice(0, at) + replacement + sentence.slice(at + word[0].length);
    return { text, at, removed: word[0].length, added: replacement.length };
  }
  return null;
}

export type Sentence = { id: number; text: string; frame: number };
export type Doc = Sentence[][];

/**
 * About `targetLength` characters of paragraphs. Some sentences are copies of
 * an earlier one with a word changed (near-duplicates, the lookalikes), never
 * next to a sentence of the same frame.
 */
export function generateDoc(random: Random, targetLength: number): { doc: Doc; nextId: number } {
  const doc: Doc = [];
  const written: Sentence[] = [];
  let length = 0;
  while (length < targetLength) {
    const paragraph: Sentence[] = [];
    for (let i = 0, count = 1 + random.int(5); i < count; i++) {
      const previousFrame = written.at(-1)?.frame ?? -1;
      let drafted = draftSentence(random, [previousFrame]);
      const original = written.length > 20 && random.chance(0.04) ? random.pick(written) : null;
      if (original && original.frame !== previousFrame) {
        const copy = swapWordWithin(random, original.text, 0, original.text.length);
        if (copy) drafted = { text: copy.text, frame: original.frame };
      }
      const sentence = { id: written.length, ...drafted };
      written.push(sentence);
      paragraph.push(sentence);
      length += sentence.text.length + 1;
    }
    doc.push(paragraph);
  }
  return { doc, nextId: written.length };
}

export function renderDoc(doc: Doc): string {
  return doc.map((paragraph) => paragraph.map((sentence) => sentence.text).join(" ")).join("\n");
}

/** Offset of a sentence in renderDoc(doc), or -1 when it is gone. */
export function offsetOfSentence(doc: Doc, id: number): number {
  let offset = 0;
  for (const paragraph of doc) {
    for (const sentence of paragraph) {
      if (sentence.id === id) return offset;
      offset += sentence.text.length + 1;
    }
    if (paragraph.length === 0) offset += 1;
  }
  return -1;
}
