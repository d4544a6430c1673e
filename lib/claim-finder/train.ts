/**
 * Training of the check-worthiness model, pure and deterministic: the same labelled sentences and options give the
 * same model to the last digit (fixed seed for the sample order, weights rounded to 6 decimals), so the committed
 * model file can be rebuilt bit for bit by `npm run train:claim-finder`.
 *
 * Method: L2-regularised logistic regression by stochastic gradient descent with AdaGrad step sizes, over the features
 * seen in at least `minCount` training sentences (rarer ones cannot generalise and only bloat the file).
 */
import { featuresOf } from "./features";
import type { CheckWorthinessModel } from "./model";
import { sigmoid } from "./model";

export type LabelledSentence = { id: number; text: string; label: 0 | 1 };
export type TrainingOptions = { epochs: number; learningRate: number; l2: number; minCount: number; seed: number };

// chosen on a validation fold of the training part (id % 5 === 1), never on the held-out part: AUC plateaus at ~0.925 for
// 6-8 epochs at learning rates 0.03-0.05; L2 barely matters at this size
export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 6,
  learningRate: 0.05,
  l2: 1e-3,
  minCount: 2,
  seed: 20261202,
};

// mulberry32: a tiny seeded PRNG, enough to shuffle the sample order reproducibly
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function trainModel(
  sentences: LabelledSentence[],
  provenance: Pick<CheckWorthinessModel["trainedOn"], "file" | "heldOutRule">,
  options: TrainingOptions = DEFAULT_TRAINING,
): CheckWorthinessModel {
  const featureLists = sentences.map((s) => featuresOf(s.text));
  const counts = new Map<string, number>();
  for (const list of featureLists) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = featureLists.map((list) => list.map((f) => index.get(f)).filter((i): i is number => i !== undefined));

  const weights = new Float64Array(vocabulary.length);
  const squaredGradients = new Float64Array(vocabulary.length).fill(1e-8);
  let bias = 0;
  let biasSquaredGradient = 1e-8;
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffled(order, random)) {
      const row = rows[i];
      let z = bias;
      for (const f of row) z += weights[f];
      const error = sigmoid(z) - sentences[i].label;
      for (const f of row) {
        const gradient = error + options.l2 * weights[f];
        squaredGradients[f] += gradient * gradient;
        weights[f] -= (options.learningRate * gradient) / Math.sqrt(squaredGradients[f]);
      }
      biasSquaredGradient += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquaredGradient);
    }
  }

  const kept: Record<string, number> = {};
  vocabulary.forEach((f, i) => {
    const w = round6(weights[i]);
    if (w !== 0) kept[f] = w;
  });
  return {
    format: "factdesk-check-worthiness/1",
    trainedOn: { ...provenance, sentences: sentences.length, ...options },
    languages: ["en"],
    bias: round6(bias),
    weights: kept,
  };
}
