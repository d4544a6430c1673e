"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { AppError, type ActionResult } from "@/lib/errors";
import { runAction } from "@/lib/run-action";
import { IntakeError } from "./intake/errors";
import { readIntakeSource } from "./intake-source";
import { createArticle, editArticleText, updateArticleMeta, type TextEditOutcome } from "./mutations";
import { withoutRepeatedHeadline } from "./intake/headline";
import { detectArticleLanguage } from "./detect-language";
import type { PasteReading } from "./intake/detect-format";
import { findRemovedMarkup } from "@/lib/text/allowed-markup";
import { articleMetaSchema, articleTextSchema, editArticleTextSchema, updateArticleMetaSchema } from "./schema";

// Intake failures carry a message meant for the user; anything else goes through the usual mapping.
async function intakeOrInvalid<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof IntakeError) throw new AppError("INVALID", e.text, { field: "source", reason: e.reason });
    throw e;
  }
}

export async function createArticleAction(
  _prev: ActionResult<{ articleId: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ articleId: string }>> {
  return runAction(async () => {
    const viewer = await requirePermission("article.create");
    const intake = await intakeOrInvalid(() => readIntakeSource(formData, getEnv().ALLOW_PRIVATE_URL_IMPORT));
    const typed = Object.fromEntries(
      ["title", "outlet", "author", "originalPublishedAt", "originalUrl", "language", "readerLanguage"].map((k) => [
        k,
        String(formData.get(k) ?? "").trim(),
      ]),
    );
    // what the user typed wins; what the source says fills the gaps
    const meta = articleMetaSchema.parse({
      title: typed.title || intake.meta.title || "",
      outlet: typed.outlet || intake.meta.outlet,
      author: typed.author || intake.meta.author,
      originalPublishedAt: typed.originalPublishedAt || intake.meta.publishedAt,
      originalUrl: typed.originalUrl || intake.meta.canonicalUrl,
      language: typed.language,
      readerLanguage: typed.readerLanguage,
    });
    const created = await createArticle(viewer, {
      ...meta,
      text: withoutRepeatedHeadline(intake.text, meta.title),
      html: intake.html,
      declaredLanguage: intake.meta.language,
    });
    revalidatePath("/articles");
    return created;
  });
}

export type PastePreview = {
  reading: PasteReading;
  title: string | null;
  language: string | null;
  paragraphs: string[];
  totalParagraphs: number;
  /** HTML elements the sanitizer drops (their text is kept where they had any): "<img>", "<script>" */
  removedMarkup: string[];
};

const previewSchema = z.object({ content: articleTextSchema });
const PREVIEW_PARAGRAPHS = 6;
const PREVIEW_CHARACTERS = 280;

/**
 * How a paste will be read, before anything is saved: the format "Detect automatically" decided (or the one chosen),
 * the title and language found, and the first paragraphs as the desk will store them. Nothing is written.
 */
export async function previewPasteAction(
  _prev: ActionResult<PastePreview> | null,
  formData: FormData,
): Promise<ActionResult<PastePreview>> {
  return runAction(async () => {
    await requirePermission("article.create");
    // the same rules as the text that would be saved (a NUL byte or over 5 MB is refused, naming the field)
    previewSchema.parse({ content: formData.get("content") ?? "" });
    formData.set("source", "paste");
    const intake = await intakeOrInvalid(() => readIntakeSource(formData, false));
    const paragraphs = intake.text.split("\n").filter((line) => line.trim() !== "");
    return {
      reading: intake.reading ?? "text",
      title: intake.meta.title,
      language: detectArticleLanguage(intake.text, intake.meta.language),
      paragraphs: paragraphs
        .slice(0, PREVIEW_PARAGRAPHS)
        .map((p) => (p.length > PREVIEW_CHARACTERS ? `${p.slice(0, PREVIEW_CHARACTERS)}…` : p)),
      totalParagraphs: paragraphs.length,
      removedMarkup:
        intake.reading === "text" ? [] : findRemovedMarkup(String(formData.get("content")), { keptAsParagraphs: true }),
    };
  });
}

export async function updateArticleMetaAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("article.edit");
    const { articleId, ...meta } = updateArticleMetaSchema.parse(Object.fromEntries(formData));
    await updateArticleMeta(viewer, articleId, meta);
    revalidatePath(`/articles/${articleId}`);
  });
}

export async function editArticleTextAction(
  _prev: ActionResult<TextEditOutcome> | null,
  formData: FormData,
): Promise<ActionResult<TextEditOutcome>> {
  return runAction(async () => {
    const viewer = await requirePermission("article.edit");
    const input = editArticleTextSchema.parse(Object.fromEntries(formData));
    const outcome = await editArticleText(viewer, input);
    revalidatePath(`/articles/${input.articleId}`);
    return outcome;
  });
}
