/**
 * How long counting each claim's quote in its text takes for an import's worth of claims (issue 17: a selector keeps
 * its quote's count). Run: npx tsx bench/quote-counts.ts [--claims N] [--chars N]
 * One search per quote reads the whole text each time; describeRanges counts them all in one pass per key length.
 */
import { performance } from "node:perf_hooks";
import { countEachOccurrence, countOccurrences } from "@/lib/anchoring/occurrences";
import { createRandom, generateDoc, renderDoc } from "./news-prose";

function readOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive integer`);
  return value;
}

const claims = readOption("claims", 4500);
const chars = readOption("chars", 4_600_000);
const text = renderDoc(generateDoc(createRandom(7), chars).doc);
const starts: number[] = [];
const step = Math.floor(text.length / (claims + 1));
for (let at = 0; starts.length < claims; at = text.indexOf(". ", at + step) + 2) starts.push(at);

console.log(`${claims.toLocaleString("en")} quotes in ${text.length.toLocaleString("en")} characters`);
for (const length of [80, 24]) {
  const quotes = starts.map((start) => text.slice(start, start + length));
  let began = performance.now();
  const each = quotes.map((quote) => countOccurrences(text, quote));
  const searchEach = performance.now() - began;
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    began = performance.now();
    const batch = countEachOccurrence(text, quotes);
    times.push(performance.now() - began);
    if (batch.some((count, index) => count !== each[index])) throw new Error("the one-pass counts differ");
  }
  console.log(
    `${length}-character quotes: one search each ${searchEach.toFixed(0)} ms; one pass ${times.map((t) => t.toFixed(0)).join(" / ")} ms (3 runs)`,
  );
}
