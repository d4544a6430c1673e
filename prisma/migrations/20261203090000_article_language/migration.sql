-- The language an article is written in: a BCP 47 primary language tag (lib/vocabulary/languages.ts), or NULL while
-- nobody knows (too short to detect). Readers see the language the editor last published (Article.publishedMeta).
ALTER TABLE "Article" ADD COLUMN "language" TEXT;
ALTER TABLE "Article" ADD CONSTRAINT "Article_language_check" CHECK ("language" ~ '^[a-z]{2,3}$');
