import "server-only";
import { db } from "@/lib/db";
import { dismissalKey } from "./dismissal-key";
import { storedSuggestionsSchema, type StoredSuggestion } from "./suggest";

export type SuggestionView = { start: number; end: number; text: string; score: number; reasons: string[] };

/** The stored suggestions of a version, read back through their schema (a malformed column suggests nothing). */
export function parseStoredSuggestions(value: unknown): StoredSuggestion[] {
  const parsed = storedSuggestionsSchema.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

/**
 * Suggested claims for the annotator: the version's stored suggestions minus the sentences dismissed for this article.
 * Scoped by organization through the article; readers' code never calls this.
 */
export async function loadSuggestions(orgId: string, articleId: string, versionId: string): Promise<SuggestionView[]> {
  const [version, dismissed] = await Promise.all([
    db.articleVersion.findFirst({
      where: { id: versionId, articleId, article: { orgId } },
      select: { text: true, suggestions: true },
    }),
    db.suggestionDismissal.findMany({ where: { articleId, orgId }, select: { textHash: true } }),
  ]);
  if (!version) return [];
  const hidden = new Set(dismissed.map((d) => d.textHash));
  return parseStoredSuggestions(version.suggestions)
    .filter((s) => s.end <= version.text.length)
    .map((s) => ({ ...s, text: version.text.slice(s.start, s.end) }))
    .filter((s) => !hidden.has(dismissalKey(s.text)));
}
