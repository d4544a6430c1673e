-- Readers read the article's details as last published (issue 13): a snapshot beside publishedVersionId.
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "publishedMeta" JSONB;

-- Articles published before this migration keep showing what readers see today.
UPDATE "Article" SET "publishedMeta" = jsonb_build_object(
  'title', "title", 'outlet', "outlet", 'author', "author",
  'originalPublishedAt', to_char("originalPublishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'originalUrl', "originalUrl"
) WHERE "publishedVersionId" IS NOT NULL;
