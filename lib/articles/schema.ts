import { z } from "zod";
import { errorKey } from "@/lib/i18n/error-text";
import { text } from "@/lib/validation/text";
import { isArticleLanguage, type ArticleLanguage } from "@/lib/vocabulary/languages";
import { isInterfaceLocale, type InterfaceLocale } from "@/lib/i18n/locales";

const MAX_TEXT = 5 * 1024 * 1024;
const nullableText = (max: number) =>
  text()
    .trim()
    .max(max, errorKey("validation.tooLong"))
    .nullish()
    .transform((v) => (v ? v : null));

export const articleMetaSchema = z.object({
  title: text({ error: errorKey("articles.titleMissing") }, "title")
    .trim()
    .min(1, errorKey("articles.titleMissing"))
    .max(500, errorKey("articles.titleTooLong")),
  outlet: nullableText(200),
  author: nullableText(300),
  originalPublishedAt: text()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
        ctx.addIssue({ code: "custom", message: errorKey("articles.publishedOnFormat") });
        return z.NEVER;
      }
      return new Date(`${v}T00:00:00Z`);
    }),
  originalUrl: text()
    .trim()
    .max(2000)
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      try {
        const u = new URL(v);
        if (!["http:", "https:"].includes(u.protocol)) throw new Error();
        return u.toString();
      } catch {
        ctx.addIssue({ code: "custom", message: errorKey("articles.urlFormat") });
        return z.NEVER;
      }
    }),
  // empty means "not set" (when an article is created: "detect it from the text"); left out means "unchanged"
  language: text()
    .trim()
    .max(20)
    .nullish()
    .transform((v, ctx): ArticleLanguage | null | undefined => {
      if (v === undefined) return undefined;
      if (!v) return null;
      if (!isArticleLanguage(v)) {
        ctx.addIssue({
          code: "custom",
          message: errorKey("articles.unknownLanguage"),
          params: { tag: v },
        });
        return z.NEVER;
      }
      return v;
    }),
  // the reader page's and embed's interface language; empty means "the organization's public language", left out
  // means "unchanged"
  readerLanguage: text()
    .trim()
    .max(20)
    .nullish()
    .transform((v, ctx): InterfaceLocale | null | undefined => {
      if (v === undefined) return undefined;
      if (!v) return null;
      if (!isInterfaceLocale(v)) {
        ctx.addIssue({
          code: "custom",
          message: errorKey("articles.unknownReaderLanguage"),
          params: { tag: v },
        });
        return z.NEVER;
      }
      return v;
    }),
});
export type ArticleMeta = Omit<z.infer<typeof articleMetaSchema>, "language" | "readerLanguage"> & {
  language?: ArticleLanguage | null;
  readerLanguage?: InterfaceLocale | null;
};

export const articleTextSchema = text().max(MAX_TEXT, errorKey("articles.textTooLarge"));

export const editArticleTextSchema = z.object({
  articleId: text().min(1).max(64),
  baseVersionId: text().min(1, errorKey("validation.staleReference")).max(64),
  text: articleTextSchema,
});

export const updateArticleMetaSchema = articleMetaSchema.extend({ articleId: text().min(1).max(64) });
