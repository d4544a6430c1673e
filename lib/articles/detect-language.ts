import { detectAll } from "tinyld";
import { toArticleLanguage, type ArticleLanguage } from "@/lib/vocabulary/languages";

// The opening of an article says what language it is in; reading more only costs time on a 5 MB paste.
const SAMPLE_CHARACTERS = 4_000;
// Fewer letters than this ("OK", a figure, a name) say nothing reliable about the language.
const MIN_LETTERS = 12;
// tinyld's scores are relative (close languages such as Spanish and Portuguese share most of their n-grams): the best
// guess counts when it scores at least this many times the runner-up; otherwise a person sets the language.
const MIN_LEAD = 1.5;

/**
 * The article's language: the one its source declared (a page's lang) when we know that language, else the one its
 * text is written in, else null (too short or too mixed to tell; the desk shows "Not set" and a member picks one).
 */
export function detectArticleLanguage(text: string, declared?: string | null): ArticleLanguage | null {
  const fromSource = toArticleLanguage(declared);
  if (fromSource) return fromSource;
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const [best, runnerUp] = detectAll(sample);
  if (!best || (runnerUp && best.accuracy < MIN_LEAD * runnerUp.accuracy)) return null;
  return toArticleLanguage(best.lang);
}
