-- Full-text search in each article's language (lib/search/data.ts): the claim's words, the verdict's rationale and
-- the article's title are indexed with the PostgreSQL text-search configuration of the article's language where one
-- exists (english, spanish, arabic, …: the snowball configurations that ship with PostgreSQL 15 and PGlite) and the
-- simple configuration otherwise. The configuration is kept on each row ("searchConfig", maintained by the triggers
-- below from Article.language) because an index expression may only read its own row; a search matches each row
-- with its own configuration. Citations (sources in any language) and expert names stay on the simple configuration.

-- Article language (BCP 47: "es", "pt-BR") → its configuration when this server has one, else simple. The languages are
-- those an article can be marked with (lib/vocabulary/languages.ts) that PostgreSQL has a snowball stemmer for;
-- lib/search/data.ts SEARCH_CONFIGS lists the same configurations.
CREATE FUNCTION "factdesk_search_config"(language text) RETURNS regconfig
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    (SELECT c.oid::regconfig FROM pg_catalog.pg_ts_config c
      WHERE c.cfgnamespace = 'pg_catalog'::regnamespace
        AND c.cfgname = CASE lower(split_part(split_part(coalesce(language, ''), '-', 1), '_', 1))
          WHEN 'ar' THEN 'arabic' WHEN 'de' THEN 'german' WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish'
          WHEN 'fr' THEN 'french' WHEN 'hi' THEN 'hindi' WHEN 'id' THEN 'indonesian' WHEN 'it' THEN 'italian'
          WHEN 'nl' THEN 'dutch' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN
          'russian' WHEN 'tr' THEN 'turkish'
        END),
    'pg_catalog.simple'::regconfig)
$$;

ALTER TABLE "Article" ADD COLUMN "searchConfig" regconfig NOT NULL DEFAULT 'pg_catalog.simple'::regconfig;
ALTER TABLE "Claim" ADD COLUMN "searchConfig" regconfig NOT NULL DEFAULT 'pg_catalog.simple'::regconfig;
ALTER TABLE "Verdict" ADD COLUMN "searchConfig" regconfig NOT NULL DEFAULT 'pg_catalog.simple'::regconfig;

UPDATE "Article" SET "searchConfig" = "factdesk_search_config"("language") WHERE "language" IS NOT NULL;
UPDATE "Claim" c SET "searchConfig" = a."searchConfig" FROM "Article" a WHERE a."id" = c."articleId" AND c."searchConfig" <> a."searchConfig";
UPDATE "Verdict" v SET "searchConfig" = c."searchConfig" FROM "Claim" c WHERE c."id" = v."claimId" AND v."searchConfig" <> c."searchConfig";

-- An article's configuration follows its language; its claims and their verdicts follow the article.
CREATE FUNCTION "factdesk_article_search_config"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchConfig" := "factdesk_search_config"(NEW."language");
  RETURN NEW;
END $$;
CREATE TRIGGER "Article_search_config" BEFORE INSERT OR UPDATE OF "language", "searchConfig" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "factdesk_article_search_config"();

CREATE FUNCTION "factdesk_article_search_config_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" SET "searchConfig" = NEW."searchConfig" WHERE "articleId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Article_search_config_changed" AFTER UPDATE OF "language" ON "Article"
    FOR EACH ROW WHEN (OLD."searchConfig" IS DISTINCT FROM NEW."searchConfig")
    EXECUTE FUNCTION "factdesk_article_search_config_changed"();

CREATE FUNCTION "factdesk_claim_search_config"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchConfig" := coalesce((SELECT "searchConfig" FROM "Article" WHERE "id" = NEW."articleId"), 'pg_catalog.simple'::regconfig);
  RETURN NEW;
END $$;
CREATE TRIGGER "Claim_search_config" BEFORE INSERT OR UPDATE OF "articleId", "searchConfig" ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION "factdesk_claim_search_config"();

CREATE FUNCTION "factdesk_claim_search_config_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Verdict" SET "searchConfig" = NEW."searchConfig" WHERE "claimId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Claim_search_config_changed" AFTER UPDATE OF "articleId", "searchConfig" ON "Claim"
    FOR EACH ROW WHEN (OLD."searchConfig" IS DISTINCT FROM NEW."searchConfig")
    EXECUTE FUNCTION "factdesk_claim_search_config_changed"();

CREATE FUNCTION "factdesk_verdict_search_config"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchConfig" := coalesce((SELECT "searchConfig" FROM "Claim" WHERE "id" = NEW."claimId"), 'pg_catalog.simple'::regconfig);
  RETURN NEW;
END $$;
CREATE TRIGGER "Verdict_search_config" BEFORE INSERT OR UPDATE OF "claimId", "searchConfig" ON "Verdict"
    FOR EACH ROW EXECUTE FUNCTION "factdesk_verdict_search_config"();

-- The search indexes: one partial index per configuration, so that a search for rows of one configuration reads only
-- their index, with the configuration a constant the planner can match (lib/search/data.ts repeats these expressions).
DROP INDEX "Article_search_idx";
DROP INDEX "Claim_quote_search_idx";
DROP INDEX "Verdict_rationale_search_idx";
CREATE INDEX "Article_search_simple_idx" ON "Article" USING GIN (to_tsvector('simple', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'simple'::regconfig;
CREATE INDEX "Claim_quote_search_simple_idx" ON "Claim" USING GIN (to_tsvector('simple', "quote")) WHERE "searchConfig" = 'simple'::regconfig;
CREATE INDEX "Verdict_rationale_search_simple_idx" ON "Verdict" USING GIN (to_tsvector('simple', "rationale")) WHERE "searchConfig" = 'simple'::regconfig;
CREATE INDEX "Article_search_arabic_idx" ON "Article" USING GIN (to_tsvector('arabic', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'arabic'::regconfig;
CREATE INDEX "Claim_quote_search_arabic_idx" ON "Claim" USING GIN (to_tsvector('arabic', "quote")) WHERE "searchConfig" = 'arabic'::regconfig;
CREATE INDEX "Verdict_rationale_search_arabic_idx" ON "Verdict" USING GIN (to_tsvector('arabic', "rationale")) WHERE "searchConfig" = 'arabic'::regconfig;
CREATE INDEX "Article_search_german_idx" ON "Article" USING GIN (to_tsvector('german', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'german'::regconfig;
CREATE INDEX "Claim_quote_search_german_idx" ON "Claim" USING GIN (to_tsvector('german', "quote")) WHERE "searchConfig" = 'german'::regconfig;
CREATE INDEX "Verdict_rationale_search_german_idx" ON "Verdict" USING GIN (to_tsvector('german', "rationale")) WHERE "searchConfig" = 'german'::regconfig;
CREATE INDEX "Article_search_english_idx" ON "Article" USING GIN (to_tsvector('english', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'english'::regconfig;
CREATE INDEX "Claim_quote_search_english_idx" ON "Claim" USING GIN (to_tsvector('english', "quote")) WHERE "searchConfig" = 'english'::regconfig;
CREATE INDEX "Verdict_rationale_search_english_idx" ON "Verdict" USING GIN (to_tsvector('english', "rationale")) WHERE "searchConfig" = 'english'::regconfig;
CREATE INDEX "Article_search_spanish_idx" ON "Article" USING GIN (to_tsvector('spanish', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'spanish'::regconfig;
CREATE INDEX "Claim_quote_search_spanish_idx" ON "Claim" USING GIN (to_tsvector('spanish', "quote")) WHERE "searchConfig" = 'spanish'::regconfig;
CREATE INDEX "Verdict_rationale_search_spanish_idx" ON "Verdict" USING GIN (to_tsvector('spanish', "rationale")) WHERE "searchConfig" = 'spanish'::regconfig;
CREATE INDEX "Article_search_french_idx" ON "Article" USING GIN (to_tsvector('french', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'french'::regconfig;
CREATE INDEX "Claim_quote_search_french_idx" ON "Claim" USING GIN (to_tsvector('french', "quote")) WHERE "searchConfig" = 'french'::regconfig;
CREATE INDEX "Verdict_rationale_search_french_idx" ON "Verdict" USING GIN (to_tsvector('french', "rationale")) WHERE "searchConfig" = 'french'::regconfig;
CREATE INDEX "Article_search_hindi_idx" ON "Article" USING GIN (to_tsvector('hindi', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'hindi'::regconfig;
CREATE INDEX "Claim_quote_search_hindi_idx" ON "Claim" USING GIN (to_tsvector('hindi', "quote")) WHERE "searchConfig" = 'hindi'::regconfig;
CREATE INDEX "Verdict_rationale_search_hindi_idx" ON "Verdict" USING GIN (to_tsvector('hindi', "rationale")) WHERE "searchConfig" = 'hindi'::regconfig;
CREATE INDEX "Article_search_indonesian_idx" ON "Article" USING GIN (to_tsvector('indonesian', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'indonesian'::regconfig;
CREATE INDEX "Claim_quote_search_indonesian_idx" ON "Claim" USING GIN (to_tsvector('indonesian', "quote")) WHERE "searchConfig" = 'indonesian'::regconfig;
CREATE INDEX "Verdict_rationale_search_indonesian_idx" ON "Verdict" USING GIN (to_tsvector('indonesian', "rationale")) WHERE "searchConfig" = 'indonesian'::regconfig;
CREATE INDEX "Article_search_italian_idx" ON "Article" USING GIN (to_tsvector('italian', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'italian'::regconfig;
CREATE INDEX "Claim_quote_search_italian_idx" ON "Claim" USING GIN (to_tsvector('italian', "quote")) WHERE "searchConfig" = 'italian'::regconfig;
CREATE INDEX "Verdict_rationale_search_italian_idx" ON "Verdict" USING GIN (to_tsvector('italian', "rationale")) WHERE "searchConfig" = 'italian'::regconfig;
CREATE INDEX "Article_search_dutch_idx" ON "Article" USING GIN (to_tsvector('dutch', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'dutch'::regconfig;
CREATE INDEX "Claim_quote_search_dutch_idx" ON "Claim" USING GIN (to_tsvector('dutch', "quote")) WHERE "searchConfig" = 'dutch'::regconfig;
CREATE INDEX "Verdict_rationale_search_dutch_idx" ON "Verdict" USING GIN (to_tsvector('dutch', "rationale")) WHERE "searchConfig" = 'dutch'::regconfig;
CREATE INDEX "Article_search_portuguese_idx" ON "Article" USING GIN (to_tsvector('portuguese', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'portuguese'::regconfig;
CREATE INDEX "Claim_quote_search_portuguese_idx" ON "Claim" USING GIN (to_tsvector('portuguese', "quote")) WHERE "searchConfig" = 'portuguese'::regconfig;
CREATE INDEX "Verdict_rationale_search_portuguese_idx" ON "Verdict" USING GIN (to_tsvector('portuguese', "rationale")) WHERE "searchConfig" = 'portuguese'::regconfig;
CREATE INDEX "Article_search_romanian_idx" ON "Article" USING GIN (to_tsvector('romanian', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'romanian'::regconfig;
CREATE INDEX "Claim_quote_search_romanian_idx" ON "Claim" USING GIN (to_tsvector('romanian', "quote")) WHERE "searchConfig" = 'romanian'::regconfig;
CREATE INDEX "Verdict_rationale_search_romanian_idx" ON "Verdict" USING GIN (to_tsvector('romanian', "rationale")) WHERE "searchConfig" = 'romanian'::regconfig;
CREATE INDEX "Article_search_russian_idx" ON "Article" USING GIN (to_tsvector('russian', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'russian'::regconfig;
CREATE INDEX "Claim_quote_search_russian_idx" ON "Claim" USING GIN (to_tsvector('russian', "quote")) WHERE "searchConfig" = 'russian'::regconfig;
CREATE INDEX "Verdict_rationale_search_russian_idx" ON "Verdict" USING GIN (to_tsvector('russian', "rationale")) WHERE "searchConfig" = 'russian'::regconfig;
CREATE INDEX "Article_search_turkish_idx" ON "Article" USING GIN (to_tsvector('turkish', "title" || ' ' || coalesce("outlet", ''))) WHERE "searchConfig" = 'turkish'::regconfig;
CREATE INDEX "Claim_quote_search_turkish_idx" ON "Claim" USING GIN (to_tsvector('turkish', "quote")) WHERE "searchConfig" = 'turkish'::regconfig;
CREATE INDEX "Verdict_rationale_search_turkish_idx" ON "Verdict" USING GIN (to_tsvector('turkish', "rationale")) WHERE "searchConfig" = 'turkish'::regconfig;
-- The configurations an organization's articles use: a search tries each of them (usually one or two).
CREATE INDEX "Article_orgId_searchConfig_idx" ON "Article" ("orgId", "searchConfig");
