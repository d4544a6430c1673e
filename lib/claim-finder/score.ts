/**
 * Check-worthiness of sentences: one score in [0, 1] per sentence, in order, higher meaning "check this first".
 * The model (model.json, trained by `npm run train:claim-finder` on the ClaimBuster sentences — Arslan et al., "A
 * Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020) is English only: `supportsLanguage` says so, and
 * callers make no suggestions for other languages.
 */
import { logitOf, sigmoid, type CheckWorthinessModel } from "./model";
import modelFile from "./model.json";

const model = modelFile as CheckWorthinessModel;

export type ScoredSentenceInput = { text: string; speaker?: string };

export const CLAIM_FINDER_LANGUAGES: readonly string[] = model.languages;

/** True when the model was trained on this BCP 47 language (its primary subtag). */
export function supportsLanguage(tag: string): boolean {
  return CLAIM_FINDER_LANGUAGES.includes(tag.split("-")[0].toLowerCase());
}

export function scoreCheckWorthiness(sentences: ScoredSentenceInput[]): number[] {
  return sentences.map((sentence) => sigmoid(logitOf(model, sentence.text)));
}
