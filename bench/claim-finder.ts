/**
 * npm run bench:claim-finder — the check-worthiness model against the lexical baseline on the held-out part of the
 * ClaimBuster file (ids that are multiples of 5, never seen in training), then scoring speed and memory.
 *   P@k (all): precision of the k best-scored held-out sentences;
 *   P@k (per 50): the mean over consecutive runs of 50 held-out sentences (by id, i.e. stretches of one debate) — how
 *   good the top of one article-sized list is, which is what a reviewer sees in the panel.
 */
import { lexicalBaselineScore } from "@/lib/claim-finder/baseline";
import { averagePrecision, precisionAt, rocAuc, type Scored } from "@/lib/claim-finder/metrics";
import { scoreCheckWorthiness } from "@/lib/claim-finder/score";
import { loadDataset, splitDataset } from "../scripts/claim-finder/dataset";

const all = loadDataset();
if (!all) {
  console.error("The ClaimBuster file is missing (../shared/data/claimbuster/train.json beside the repository).");
  process.exit(2);
}
const { heldOut, train } = splitDataset(all);

function measures(name: string, scores: number[]) {
  const items: Scored[] = heldOut.map((s, i) => ({ score: scores[i], label: s.label }));
  const chunks: Scored[][] = [];
  for (let i = 0; i + 50 <= items.length; i += 50) chunks.push(items.slice(i, i + 50));
  const perChunk = (k: number) => chunks.reduce((sum, c) => sum + precisionAt(c, k), 0) / chunks.length;
  return {
    name,
    "ROC AUC": rocAuc(items).toFixed(3),
    "avg precision": averagePrecision(items).toFixed(3),
    "P@5": precisionAt(items, 5).toFixed(2),
    "P@10": precisionAt(items, 10).toFixed(2),
    "P@20": precisionAt(items, 20).toFixed(2),
    "P@5 per 50": perChunk(5).toFixed(3),
    "P@10 per 50": perChunk(10).toFixed(3),
    "P@20 per 50": perChunk(20).toFixed(3),
  };
}

console.log(
  `held out: ${heldOut.length} sentences (${heldOut.filter((s) => s.label === 1).length} check-worthy); trained on ${train.length}`,
);
console.table([
  measures("model", scoreCheckWorthiness(heldOut)),
  measures(
    "lexical baseline",
    heldOut.map((s) => lexicalBaselineScore(s.text)),
  ),
]);

// speed: 10,000 sentences (the held-out ones repeated), after one warm-up pass
const tenThousand = Array.from({ length: 10_000 }, (_, i) => ({ text: heldOut[i % heldOut.length].text }));
scoreCheckWorthiness(tenThousand);
const runs: number[] = [];
for (let r = 0; r < 5; r++) {
  const started = performance.now();
  scoreCheckWorthiness(tenThousand);
  runs.push(performance.now() - started);
}
runs.sort((a, b) => a - b);
console.log(
  `10,000 sentences: median ${runs[2].toFixed(0)} ms, best ${runs[0].toFixed(0)} ms (${(runs[2] / 10).toFixed(1)} ms per 1,000; target 500 ms); ` +
    `peak memory of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (Node itself, the model and the data)`,
);
