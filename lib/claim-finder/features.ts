/**
 * The sparse binary features of one sentence: word unigrams and bigrams (numbers by their shape), the readable cues,
 * a length bucket, and two signs of a non-claim (a question; an opinion in the first person). Each feature name is a
 * string; the model keeps a weight for the names it saw often enough in training.
 */
import { cuesOfTokens } from "./cues";
import { tokenize } from "./tokens";

const OPINION = /\b(i|we) (think|believe|feel|hope|want|will|would|am going|are going)\b/i;
const LENGTH_BUCKETS = [4, 8, 14, 22, 34];

export function featuresOf(text: string): string[] {
  const tokens = tokenize(text);
  const features = new Set<string>();
  for (const token of tokens) features.add(`w:${token}`);
  for (let i = 1; i < tokens.length; i++) features.add(`b:${tokens[i - 1]} ${tokens[i]}`);
  for (const cue of cuesOfTokens(tokens)) features.add(`cue:${cue}`);
  const bucket = LENGTH_BUCKETS.findIndex((limit) => tokens.length <= limit);
  features.add(`len:${bucket === -1 ? LENGTH_BUCKETS.length : bucket}`);
  if (text.trimEnd().endsWith("?")) features.add("shape:question");
  if (OPINION.test(text)) features.add("shape:opinion");
  return [...features];
}
