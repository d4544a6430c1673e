/**
 * Cues a reviewer can read: why a sentence was suggested. They are features of the model too, so a reason shown in
 * the panel is always something the model weighed. Each cue is a cheap test on the lower-cased tokens.
 */
import { CUE_REASONS } from "./reasons";
import { tokenize } from "./tokens";

export type CueId =
  "figure" | "percentage" | "money" | "year" | "compares" | "trend" | "law" | "source" | "superlative";

const WORDS_FOR_NUMBERS = new Set([
  "million",
  "billion",
  "trillion",
  "thousand",
  "hundred",
  "dozen",
  "half",
  "third",
  "quarter",
  "twice",
  "double",
  "triple",
  "percent",
  "percentage",
  "majority",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
]);
const COMPARISONS = new Set([
  "more",
  "less",
  "fewer",
  "than",
  "higher",
  "lower",
  "larger",
  "smaller",
  "bigger",
  "greater",
  "faster",
  "slower",
  "cheaper",
  "worse",
  "better",
  "compared",
  "versus",
  "times",
]);
const TRENDS = new Set([
  "increase",
  "increased",
  "increases",
  "decrease",
  "decreased",
  "decreases",
  "rise",
  "rose",
  "risen",
  "rising",
  "fell",
  "fall",
  "fallen",
  "falling",
  "grew",
  "grown",
  "growth",
  "doubled",
  "tripled",
  "cut",
  "cuts",
  "dropped",
  "declined",
  "decline",
  "soared",
  "plunged",
  "lost",
  "gained",
  "created",
  "raised",
  "reduced",
]);
const LAWS = new Set([
  "law",
  "laws",
  "bill",
  "bills",
  "act",
  "legislation",
  "regulation",
  "regulations",
  "tax",
  "taxes",
  "amendment",
  "treaty",
  "constitution",
  "statute",
  "policy",
  "budget",
  "voted",
  "vote",
  "veto",
  "vetoed",
  "passed",
  "signed",
  "court",
  "ruling",
  "program",
]);
const SOURCES = new Set(["according", "report", "reported", "study", "survey", "census", "statistics", "data", "poll"]);
const SUPERLATIVES = new Set([
  "most",
  "least",
  "largest",
  "biggest",
  "highest",
  "lowest",
  "first",
  "only",
  "best",
  "worst",
  "record",
  "ever",
  "never",
  "every",
  "all",
  "none",
]);

const hasAny = (tokens: string[], words: Set<string>) => tokens.some((t) => words.has(t));

const TESTS: Record<CueId, (tokens: string[]) => boolean> = {
  figure: (t) => t.includes("<num>") || t.includes("<ordinal>") || hasAny(t, WORDS_FOR_NUMBERS),
  percentage: (t) => t.includes("<pct>") || t.includes("percent"),
  money: (t) => t.includes("<money>") || t.includes("dollars") || t.includes("euros"),
  year: (t) => t.includes("<year>"),
  compares: (t) => hasAny(t, COMPARISONS),
  trend: (t) => hasAny(t, TRENDS),
  law: (t) => hasAny(t, LAWS),
  source: (t) => hasAny(t, SOURCES),
  superlative: (t) => hasAny(t, SUPERLATIVES),
};

export const CUE_IDS = Object.keys(TESTS) as CueId[];

export function cuesOfTokens(tokens: string[]): CueId[] {
  return CUE_IDS.filter((id) => TESTS[id](tokens));
}

export function cuesOf(text: string): CueId[] {
  return cuesOfTokens(tokenize(text));
}

const REASON_ORDER = Object.keys(CUE_REASONS) as (keyof typeof CUE_REASONS)[];

export function reasonsFor(text: string, limit = 3): string[] {
  const cues = new Set(cuesOf(text));
  const reasons = REASON_ORDER.filter((id) => cues.has(id));
  // a money amount or a percentage is a figure already: say the more precise thing once
  const precise = reasons.filter((id) => !(id === "figure" && (cues.has("money") || cues.has("percentage"))));
  return precise.slice(0, limit).map((id) => CUE_REASONS[id]);
}
