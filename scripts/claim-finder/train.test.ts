import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { trainModel } from "@/lib/claim-finder/train";
import { loadDataset } from "./dataset";
import { buildModelFile, MODEL_FILE } from "./train";

const dataset = loadDataset();

describe("training the check-worthiness model", () => {
  it("is deterministic: the same sentences give the same weights", () => {
    const sentences = [
      { id: 1, text: "Taxes rose 40% last year.", label: 1 as const },
      { id: 2, text: "Thank you all.", label: 0 as const },
      { id: 3, text: "Crime fell 12% in 2023.", label: 1 as const },
      { id: 4, text: "Thank you, moderator.", label: 0 as const },
    ];
    const options = { epochs: 5, learningRate: 0.1, l2: 0, minCount: 1, seed: 7 };
    const a = trainModel(sentences, { file: "t", heldOutRule: "none" }, options);
    expect(trainModel(sentences, { file: "t", heldOutRule: "none" }, options)).toEqual(a);
    expect(a.weights["w:thank"]).toBeLessThan(0);
    expect(a.weights["cue:percentage"]).toBeGreaterThan(0);
  });

  it.skipIf(!dataset)("rebuilds the committed model.json bit for bit from ../shared/data/claimbuster", () => {
    expect(buildModelFile()).toBe(readFileSync(MODEL_FILE, "utf8"));
  });

  it.skipIf(!!dataset)("says the reproducibility check was skipped without ../shared", () => {
    console.warn(
      "claim finder: ../shared/data/claimbuster/train.json is absent; the model.json reproducibility check was skipped",
    );
  });
});
