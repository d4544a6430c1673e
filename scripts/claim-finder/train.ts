/**
 * npm run train:claim-finder — rebuilds lib/claim-finder/model.json from the training part of the ClaimBuster file,
 * bit for bit (fixed split, fixed seed, rounded weights). `--check` rebuilds in memory and exits 1 if the committed
 * file differs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { trainModel } from "@/lib/claim-finder/train";
import { DATASET_FILE, DATASET_NAME, HELD_OUT_RULE, loadDataset, splitDataset } from "./dataset";

export const MODEL_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "lib",
  "claim-finder",
  "model.json",
);

export function buildModelFile(): string | null {
  const all = loadDataset();
  if (!all) return null;
  const model = trainModel(splitDataset(all).train, { file: DATASET_NAME, heldOutRule: HELD_OUT_RULE });
  return JSON.stringify(model, null, 1) + "\n";
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const started = performance.now();
  const text = buildModelFile();
  if (text === null) {
    console.error(`The training file ${DATASET_FILE} is missing (it lives in ../shared beside the repository).`);
    process.exit(2);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (process.argv.includes("--check")) {
    const same = readFileSync(MODEL_FILE, "utf8") === text;
    console.log(
      same ? `model.json is reproduced bit for bit (${seconds} s)` : "model.json differs from a fresh training run",
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(MODEL_FILE, text);
  const weights = Object.keys(JSON.parse(text).weights).length;
  console.log(
    `wrote ${path.relative(process.cwd(), MODEL_FILE)}: ${weights} weights, ${(text.length / 1024).toFixed(0)} KiB, trained in ${seconds} s`,
  );
}
