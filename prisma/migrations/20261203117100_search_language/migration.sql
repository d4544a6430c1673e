-- Full-text search in each article's language (lib/search/data.ts): the claim's words, the verdict's rationale and
-- the article's title are indexed with the PostgreSQL text-search configuration of the article's language where one
-- exists (english, spanish, arabic, …: the snowball configurations that ship with PostgreSQL 15 and PGlite) and the
-- simple configuration otherwise. The configuration is kept on each row ("searchConfig", maintained by the triggers
-- below from Article.language) because an index expression may only read its own row; a search matches each row
-- with its own configuration. Citations (sources in any language) and expert names stay on the simple configuration.

-- BCP 47 tag ("es", "pt-BR") → its configuration when this server has one, else simple.
CREATE FUNCTION "factdesk_search_config"(language text) RETURNS regconfig
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    (SELECT c.oid::regconfig FROM pg_catalog.pg_ts_config c
      WHERE c.cfgnamespace = 'pg_catalog'::regnamespace
        AND c.cfgname = CASE lower(split_part(split_part(coalesce(language, ''), '-', 1), '_', 1))
          WHEN 'ar' THEN 'arabic' WHEN 'hy' THEN 'armenian' WHEN 'eu' THEN 'basque' WHEN 'ca' THEN 'catalan'
          WHEN 'da' THEN 'danish' WHEN 'nl' THEN 'dutch' WHEN 'en' THEN 'english' WHEN 'fi' THEN 'finnish'
          WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek' WHEN 'hi' THEN 'hindi'
          WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'ga' THEN 'irish' WHEN 'it' THEN 'italian'
          WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian'
          WHEN 'nn' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian'
          WHEN 'sr' THEN 'serbian' WHEN 'es' THEN 'spanish' WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil'
          WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish'
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

-- The search indexes, now on each row's configuration (the queries repeat these expressions exactly).
DROP INDEX "Article_search_idx";
DROP INDEX "Claim_quote_search_idx";
DROP INDEX "Verdict_rationale_search_idx";
CREATE INDEX "Article_search_idx" ON "Article" USING GIN (to_tsvector("searchConfig", "title" || ' ' || coalesce("outlet", '')));
CREATE INDEX "Claim_quote_search_idx" ON "Claim" USING GIN (to_tsvector("searchConfig", "quote"));
CREATE INDEX "Verdict_rationale_search_idx" ON "Verdict" USING GIN (to_tsvector("searchConfig", "rationale"));
-- The configurations an organization's articles use: a search tries each of them (usually one or two).
CREATE INDEX "Article_orgId_searchConfig_idx" ON "Article" ("orgId", "searchConfig");
