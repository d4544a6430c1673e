import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseStoredSuggestions } from "./data";
import { dismissalKey } from "./dismissal-key";
import type { DismissSuggestionInput } from "./schema";
import type { Actor } from "@/lib/auth/actor";

/**
 * Hides a suggested sentence for this article (every version), with an audit row. Only a sentence the version really
 * suggested can be dismissed; dismissing one twice (or two colleagues at once) is the same as once.
 */
export async function dismissSuggestion(actor: Actor, input: DismissSuggestionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const version = await tx.articleVersion.findFirst({
      where: { id: input.versionId, articleId: input.articleId, article: { orgId: actor.orgId } },
      select: { text: true, suggestions: true },
    });
    if (!version) throw new AppError("NOT_FOUND", "common.articleNotFound");
    const suggested = parseStoredSuggestions(version.suggestions).some(
      (s) => s.start === input.start && s.end === input.end,
    );
    if (!suggested) throw new AppError("INVALID", "claimFinder.notASuggestion");
    const sentence = version.text.slice(input.start, input.end);
    const textHash = dismissalKey(sentence);
    const created = await tx.suggestionDismissal.createMany({
      data: [{ orgId: actor.orgId, articleId: input.articleId, textHash }],
      skipDuplicates: true,
    });
    if (created.count === 0) return;
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "article",
      entityId: input.articleId,
      articleId: input.articleId,
      action: "suggestion.dismissed",
      after: { sentence: sentence.slice(0, 300), start: input.start, end: input.end },
    });
  });
}
