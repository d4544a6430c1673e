/**
 * Re-anchoring benchmark: our matcher against a Hypothesis-style one on the
 * same generated cases. Run: npx tsx bench/anchoring.ts [--seed N] [--claims N] [--kinds abc]
 *
 * Correct ("recovered") means anchored to a range that overlaps the true range
 * by at least 90% of both lengths, so it covers the claim's words and little
 * else. Anchoring anywhere else, or at all when the claim's words are gone
 * (kinds c, d, k, m and n), is a mis-anchor. Orphaned and ambiguous are "flagged". "Exact range" counts the
 * recovered claims whose range is the true one to the character (a range that cuts into a neighbouring word can
 * still overlap 90%).
 */
import { performance } from "node:perf_hooks";
import { anchorSelectors } from "@/lib/anchoring/anchor";
import type { AnchorResult, Selector } from "@/lib/anchoring/selectors";
import { buildCase, CASE_KINDS, GONE_KINDS, pickClaim, type BenchCase, type CaseKind } from "./edit-cases";
import { anchorHypothesisStyle } from "./hypothesis-style-matcher";
import { createRandom, generateDoc } from "./news-prose";

type Matcher = (text: string, selectors: Selector[]) => AnchorResult;
type Tally = { recovered: number; flagged: number; misanchored: number; exactRange: number; milliseconds: number };

const MATCHERS: Record<string, Matcher> = { ours: anchorSelectors, "hypothesis-style": anchorHypothesisStyle };
const DOC_LENGTH = 100_000;
const MIN_OVERLAP = 0.9;

function readOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive integer`);
  return value;
}

/** --kinds hij runs only those kinds (default: all). */
function readKinds(): CaseKind[] {
  const all = Object.keys(CASE_KINDS) as CaseKind[];
  const at = process.argv.indexOf("--kinds");
  if (at === -1) return all;
  const chosen = [...(process.argv[at + 1] ?? "")] as CaseKind[];
  if (chosen.length === 0 || chosen.some((kind) => !all.includes(kind)))
    throw new Error(`--kinds takes letters of ${all.join("")}`);
  return chosen;
}

function judge(result: AnchorResult, truth: BenchCase["truth"]): "recovered" | "flagged" | "misanchored" {
  if (result.status !== "anchored") return "flagged";
  if (!truth) return "misanchored";
  const overlap = Math.min(result.end, truth.end) - Math.max(result.start, truth.start);
  const isCorrect =
    overlap >= MIN_OVERLAP * (result.end - result.start) && overlap >= MIN_OVERLAP * (truth.end - truth.start);
  return isCorrect ? "recovered" : "misanchored";
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`.padStart(7);
}

function main(): void {
  const seed = readOption("seed", 20240611);
  const claimCount = readOption("claims", 1000);
  const { doc, nextId } = generateDoc(createRandom(seed), DOC_LENGTH);
  const claimRandom = createRandom(seed + 1);
  const claims = Array.from({ length: claimCount }, () => pickClaim(claimRandom, doc));
  const kinds = readKinds();
  const tallies = new Map<string, Tally>();
  const tallyFor = (kind: string, matcher: string) => {
    const key = `${kind}/${matcher}`;
    if (!tallies.has(key))
      tallies.set(key, { recovered: 0, flagged: 0, misanchored: 0, exactRange: 0, milliseconds: 0 });
    return tallies.get(key)!;
  };

  for (const kind of kinds) {
    claims.forEach((claim, index) => {
      const benchCase = buildCase(createRandom(seed * 31 + index * 7 + kind.charCodeAt(0)), doc, nextId, claim, kind);
      for (const [name, matcher] of Object.entries(MATCHERS)) {
        const began = performance.now();
        const result = matcher(benchCase.text, benchCase.selectors);
        const tally = tallyFor(kind, name);
        tally.milliseconds += performance.now() - began;
        const verdict = judge(result, benchCase.truth);
        tally[verdict] += 1;
        const isExactRange =
          result.status === "anchored" &&
          result.start === benchCase.truth?.start &&
          result.end === benchCase.truth?.end;
        if (verdict === "recovered" && isExactRange) tally.exactRange += 1;
      }
    });
  }

  console.log(`seed ${seed}, ${claimCount} claims per kind, document ${DOC_LENGTH.toLocaleString("en")} characters`);
  console.log(
    "kind                               matcher            recovered  flagged  mis-anchored  exact range  time (ms)",
  );
  const totals: Record<string, number> = {};
  for (const kind of kinds) {
    for (const name of Object.keys(MATCHERS)) {
      const tally = tallyFor(kind, name);
      const canRecover = !GONE_KINDS.includes(kind);
      totals[name] = (totals[name] ?? 0) + tally.milliseconds;
      console.log(
        [
          (name === "ours" ? CASE_KINDS[kind] : "").padEnd(34),
          name.padEnd(17),
          (canRecover ? percent(tally.recovered, claimCount) : "      -").padStart(10),
          percent(tally.flagged, claimCount).padStart(8),
          percent(tally.misanchored, claimCount).padStart(13),
          (canRecover ? percent(tally.exactRange, claimCount) : "      -").padStart(12),
          tally.milliseconds.toFixed(0).padStart(10),
        ].join(" "),
      );
    }
  }
  for (const [name, milliseconds] of Object.entries(totals)) {
    console.log(`total time ${name}: ${milliseconds.toFixed(0)} ms for ${kinds.length * claimCount} re-anchorings`);
  }
  console.log(`time ratio ours/hypothesis-style: ${(totals.ours / totals["hypothesis-style"]).toFixed(3)}`);
}

main();
