/**
 * The lexical baseline the model must beat: a sentence scores for containing digits, a percentage and money, and a
 * little for its length (longer sentences carry more facts). No training; what a rule of thumb would do.
 */
const DIGIT = /\d/;
const PERCENT = /%|\bper ?cent\b/i;
const MONEY = /[$€£¥]\s?\d|\b\d[\d,.]*\s?(dollars|euros|pounds)\b/i;

export function lexicalBaselineScore(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return (
    (DIGIT.test(text) ? 1 : 0) + (PERCENT.test(text) ? 1 : 0) + (MONEY.test(text) ? 1 : 0) + Math.min(words, 40) / 40
  );
}
