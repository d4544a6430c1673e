/**
 * The ClaimBuster training sentences (../shared/data/claimbuster/train.json; see its README for source and licence)
 * and the one fixed split used by training and the benchmark: a sentence whose id is a multiple of 5 is held out
 * (1,636 of 7,976), everything else trains the model. The held-out part is never seen by `npm run train:claim-finder`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { LabelledSentence } from "@/lib/claim-finder/train";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DATASET_FILE = path.resolve(ROOT, "..", "shared", "data", "claimbuster", "train.json");
export const DATASET_NAME = "claimbuster/train.json";
export const HELD_OUT_RULE = "sentence_id % 5 === 0";
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const Row = z.object({
  sentence_id: z.number().int(),
  label: z.union([z.literal(0), z.literal(1)]),
  text: z.string().min(1).max(5_000),
});

export const isHeldOut = (s: LabelledSentence) => s.id % 5 === 0;

export function loadDataset(file = DATASET_FILE): LabelledSentence[] | null {
  if (!existsSync(file)) return null;
  const raw = readFileSync(file);
  if (raw.byteLength > MAX_FILE_BYTES) throw new Error(`${file} is larger than ${MAX_FILE_BYTES} bytes`);
  const rows = z
    .array(Row)
    .max(100_000)
    .parse(JSON.parse(raw.toString("utf8")));
  return rows.map((r) => ({ id: r.sentence_id, text: r.text, label: r.label })).sort((a, b) => a.id - b.id);
}

export function splitDataset(all: LabelledSentence[]) {
  return { train: all.filter((s) => !isHeldOut(s)), heldOut: all.filter(isHeldOut) };
}
