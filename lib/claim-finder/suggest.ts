/**
 * Suggested claims of an article text: its sentences ranked by check-worthiness, with the reasons a reviewer reads.
 * Computed once per article version (stored on the version), never on a page view, and never shown to readers.
 */
import { z } from "zod";
import { reasonsFor } from "./cues";
import { scoreCheckWorthiness } from "./score";
import { splitSentences } from "./sentences";

// What is kept per version: enough to page through ("more on demand") without storing every sentence of a long text.
export const MAX_STORED_SUGGESTIONS = 60;
// Below this the model thinks a sentence is unlikely to be worth checking (a quarter of the training sentences are
// check-worthy, so 0.25 is the prior): such sentences are not suggested at all.
export const MIN_SUGGESTION_SCORE = 0.25;
// Fragments and run-ons are not sentences a claim should be made of.
const MIN_CHARACTERS = 20;
const MAX_CHARACTERS = 600;

export const storedSuggestionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string().max(80)).max(5),
});
export const storedSuggestionsSchema = z.array(storedSuggestionSchema).max(MAX_STORED_SUGGESTIONS);
export type StoredSuggestion = z.infer<typeof storedSuggestionSchema>;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function suggestClaims(text: string): StoredSuggestion[] {
  const sentences = splitSentences(text).filter(
    (s) => s.text.length >= MIN_CHARACTERS && s.text.length <= MAX_CHARACTERS,
  );
  const scores = scoreCheckWorthiness(sentences);
  return sentences
    .map((s, i) => ({ start: s.start, end: s.end, score: round3(scores[i]), reasons: reasonsFor(s.text) }))
    .filter((s) => s.score >= MIN_SUGGESTION_SCORE)
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, MAX_STORED_SUGGESTIONS);
}
