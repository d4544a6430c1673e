import "server-only";
import type { Selector } from "@/lib/anchoring/selectors";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { detectArticleLanguage } from "./detect-language";
import { contentHash } from "./content";
import { prepareVersion } from "./prepare-version";
import { discardStagedText, fillVersionText, initialText, stageText, type StagedText } from "./large-text";
import { planReanchoring } from "./reanchor-plan";
import { reopenAfterReaderVisibleChange } from "@/lib/publishing/reopen";
import type { ArticleMeta } from "./schema";
import { articleDetailsSelect } from "@/lib/publishing/article-meta";
import type { Actor } from "@/lib/auth/actor";

export async function createArticle(
  actor: Actor,
  input: ArticleMeta & { text: string; html: string | null; declaredLanguage?: string | null },
): Promise<{ articleId: string }> {
  const { text, suggestions } = await prepareVersion(input.text);
  // the language the member chose, else the one the source declared or the text is written in (null: nobody knows)
  const language = input.language ?? detectArticleLanguage(text, input.declaredLanguage);
  const { text: _raw, html, declaredLanguage: _declared, ...meta } = input;
  const stagedText = await stageText(text);
  const stagedHtml = html === null ? null : await stageText(html).catch(discardAndThrow(stagedText));
  return db
    .$transaction(async (tx) => {
      const article = await tx.article.create({
        data: { ...meta, language, orgId: actor.orgId, createdById: actor.userId },
      });
      const version = await tx.articleVersion.create({
        data: {
          articleId: article.id,
          number: 1,
          text: initialText(stagedText),
          html: stagedHtml && initialText(stagedHtml),
          contentHash: contentHash(text),
          suggestions,
          createdById: actor.userId,
        },
      });
      await fillVersionText(tx, version.id, "text", stagedText);
      if (stagedHtml) await fillVersionText(tx, version.id, "html", stagedHtml);
      await tx.article.update({ where: { id: article.id }, data: { currentVersionId: version.id } });
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        entityType: "article",
        entityId: article.id,
        articleId: article.id,
        action: "article.created",
        after: { title: meta.title, characters: text.length, language, readerLanguage: meta.readerLanguage ?? null },
      });
      return { articleId: article.id };
    })
    .catch(discardAndThrow(stagedText, stagedHtml));
}

/** A write that failed after its large texts were uploaded: their pieces go too, then the failure continues. */
function discardAndThrow(...staged: (StagedText | null)[]) {
  return async (e: unknown): Promise<never> => {
    for (const s of staged) if (s) await discardStagedText(s).catch(() => undefined);
    throw e;
  };
}

export async function updateArticleMeta(actor: Actor, articleId: string, meta: ArticleMeta): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.article.findFirst({
      where: { id: articleId, orgId: actor.orgId },
      select: articleDetailsSelect,
    });
    if (!before) throw new AppError("NOT_FOUND", "common.articleNotFound");
    await tx.article.update({ where: { id: articleId }, data: meta });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "article",
      entityId: articleId,
      articleId,
      action: "article.meta_updated",
      before: JSON.parse(JSON.stringify(before)),
      after: JSON.parse(JSON.stringify(meta)),
    });
  });
}

export type TextEditOutcome = { versionNumber: number; moved: number; flagged: number; unchanged: boolean };

// A text edit makes a new immutable version and re-anchors every claim in the same transaction: claims that
// anchor move, the others are flagged "needs re-anchoring" and keep their old quote and verdict.
export async function editArticleText(
  actor: Actor,
  input: { articleId: string; baseVersionId: string; text: string; html?: string | null },
): Promise<TextEditOutcome> {
  const { text, suggestions } = await prepareVersion(input.text);
  const staged = await stageText(text);
  return (
    db
      .$transaction(
        async (tx) => {
          const article = await tx.article.findFirst({
            where: { id: input.articleId, orgId: actor.orgId },
            select: { currentVersion: { select: { id: true, number: true, contentHash: true } } },
          });
          if (!article?.currentVersion) throw new AppError("NOT_FOUND", "common.articleNotFound");
          const current = article.currentVersion;
          if (current.id !== input.baseVersionId) throw new AppError("CONFLICT", "articles.newerVersion");
          const hash = contentHash(text);
          if (hash === current.contentHash)
            return { versionNumber: current.number, moved: 0, flagged: 0, unchanged: true };

          const version = await tx.articleVersion.create({
            data: {
              articleId: input.articleId,
              number: current.number + 1,
              text: initialText(staged),
              html: input.html ?? null,
              contentHash: hash,
              suggestions,
              createdById: actor.userId,
            },
          });
          await fillVersionText(tx, version.id, "text", staged);
          await tx.article.update({ where: { id: input.articleId }, data: { currentVersionId: version.id } });
          await recordAudit(tx, {
            orgId: actor.orgId,
            actorId: actor.userId,
            entityType: "article",
            entityId: input.articleId,
            articleId: input.articleId,
            action: "article.text_edited",
            after: { version: version.number, characters: text.length },
          });

          const claims = await tx.claim.findMany({
            where: { articleId: input.articleId, deletedAt: null, needsReanchor: false },
            select: { id: true, selectors: true, quote: true, start: true, end: true },
          });
          const plan = planReanchoring(
            text,
            claims.map((c) => ({ id: c.id, quote: c.quote, selectors: c.selectors as Selector[] })),
          );
          let moved = 0,
            flagged = 0;
          for (const step of plan) {
            const old = claims.find((c) => c.id === step.id)!;
            const audit = {
              orgId: actor.orgId,
              actorId: actor.userId,
              entityType: "claim",
              entityId: step.id,
              claimId: step.id,
              articleId: input.articleId,
            };
            if (step.kind === "moved") {
              moved++;
              const row = await tx.claim.update({
                where: { id: step.id },
                data: {
                  versionId: version.id,
                  start: step.start,
                  end: step.end,
                  quote: step.quote,
                  selectors: step.selectors,
                  lockVersion: { increment: 1 },
                },
                select: { state: true },
              });
              await recordAudit(tx, {
                ...audit,
                action: "claim.moved",
                before: { quote: old.quote, start: old.start, end: old.end },
                after: {
                  quote: step.quote,
                  start: step.start,
                  end: step.end,
                  version: version.number,
                  score: step.score,
                  quoteChanged: step.quoteChanged,
                },
              });
              // the same words elsewhere are the article text's change (the editor sees it when publishing); other words
              // under an approved verdict need the verdict approved again (the state is read under the update's row lock)
              if (step.quoteChanged)
                await reopenAfterReaderVisibleChange(
                  tx,
                  actor,
                  { id: step.id, articleId: input.articleId, state: row.state },
                  "its words changed in a text edit",
                );
            } else {
              flagged++;
              await tx.claim.update({
                where: { id: step.id },
                data: { needsReanchor: true, lockVersion: { increment: 1 } },
              });
              await recordAudit(tx, {
                ...audit,
                action: "claim.flagged",
                before: { quote: old.quote, start: old.start, end: old.end },
                after: { reason: step.reason, version: version.number, candidates: step.candidates },
              });
            }
          }
          return { versionNumber: version.number, moved, flagged, unchanged: false };
        },
        { timeout: 30_000 },
      )
      // an unchanged text or a refused edit leaves the pieces unused (a saved version already removed them)
      .finally(() => discardStagedText(staged))
  );
}
