-- CreateTable
CREATE TABLE "ExternalReview" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "claimText" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "claimant" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "source" TEXT NOT NULL,
    "matchText" TEXT,
    "matchNegated" BOOLEAN,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalReview_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "ClaimPublication" ADD COLUMN     "matchNegated" BOOLEAN,
ADD COLUMN     "matchText" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ExternalReview_orgId_url_key" ON "ExternalReview"("orgId", "url");

-- ---------------------------------------------------------------------------------------------------------------
-- Hand-written from here on (Prisma's schema language cannot express extensions, functions or expression indexes;
-- `prisma migrate diff` leaves them alone): the "Already checked" matcher, lib/claim-finder/similar.ts.
-- ---------------------------------------------------------------------------------------------------------------

-- Trigram similarity. In "public" so every schema of the database (one per test file, or ?schema=) finds it under one
-- name; the queries and indexes name it public.* for that reason. The embedded database loads the extension in
-- scripts/pglite-extensions.mjs.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- The text two claims are compared on: lower-cased, "%" and numbers up to twenty written as words turned into
-- digits, the verbs of change every fact-check uses folded to one word, then English stems without stop words, each
-- once, in alphabetical order (a tsvector's lexemes are sorted). Word order, inflection, "three"/"3" and
-- "rose"/"increased" then no longer make two wordings of one claim look different to the trigram comparison.
CREATE FUNCTION "factdesk_match_text"(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
    t text := ' ' || lower(input) || ' ';
    pair text[];
BEGIN
    t := replace(t, '%', ' percent ');
    FOREACH pair SLICE 1 IN ARRAY ARRAY[
        ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'],
        ['eight', '8'], ['nine', '9'], ['ten', '10'], ['eleven', '11'], ['twelve', '12'], ['fifteen', '15'],
        ['twenty', '20'], ['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['hundred', '100'],
        ['per cent', 'percent'], ['double', 'twice'], ['doubled', 'twice'],
        ['increased|increases|increase|increasing|rose|risen|rises|rising|grew|grown|grows|growing|climbed|jumped|soared|surged|went up|gone up', 'rise'],
        ['decreased|decreases|decrease|decreasing|fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|plunged|shrank|went down|gone down', 'fall'],
        ['jobless rate|joblessness|jobless', 'unemployment'],
        ['nation''s|national', 'country'], ['nation', 'country'],
        ['kids', 'children'], ['cops', 'police'], ['medicines|drugs', 'medication'],
        ['approximately|around|roughly|about|nearly|almost', '']
    ] LOOP
        t := regexp_replace(t, '\m(' || pair[1] || ')\M', pair[2], 'g');
    END LOOP;
    RETURN array_to_string(tsvector_to_array(to_tsvector('english'::regconfig, t)), ' ');
END;
$$;

-- Negation flips a claim: "X did not raise taxes" is never the same claim as "X raised taxes", however similar the
-- words. The matcher only pairs claims whose negation agrees.
CREATE FUNCTION "factdesk_is_negated"(input text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT lower(input) ~ '\m(not|never|no|none|nobody|nothing|neither|nor|without)\M|n[''’]t\M'
$$;

-- The comparable form (and whether the claim is negated) is computed once, when a row is written (the function costs a fraction of a millisecond, too
-- much to run again for every candidate of every query), and kept in "matchText", which the trigram indexes cover.
CREATE FUNCTION "factdesk_publication_match_text"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW."matchText" := "factdesk_match_text"(NEW."snapshot" ->> 'quote');
    NEW."matchNegated" := "factdesk_is_negated"(NEW."snapshot" ->> 'quote');
    RETURN NEW;
END;
$$;
CREATE TRIGGER "ClaimPublication_match_text" BEFORE INSERT OR UPDATE OF "snapshot" ON "ClaimPublication"
    FOR EACH ROW EXECUTE FUNCTION "factdesk_publication_match_text"();

CREATE FUNCTION "factdesk_external_review_match_text"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW."matchText" := "factdesk_match_text"(NEW."claimText");
    NEW."matchNegated" := "factdesk_is_negated"(NEW."claimText");
    RETURN NEW;
END;
$$;
CREATE TRIGGER "ExternalReview_match_text" BEFORE INSERT OR UPDATE OF "claimText" ON "ExternalReview"
    FOR EACH ROW EXECUTE FUNCTION "factdesk_external_review_match_text"();

UPDATE "ClaimPublication" SET "matchText" = "factdesk_match_text"("snapshot" ->> 'quote'), "matchNegated" = "factdesk_is_negated"("snapshot" ->> 'quote');

CREATE INDEX "ClaimPublication_matchText_idx" ON "ClaimPublication" USING GIN ("matchText" public.gin_trgm_ops);
CREATE INDEX "ExternalReview_matchText_idx" ON "ExternalReview" USING GIN ("matchText" public.gin_trgm_ops);
