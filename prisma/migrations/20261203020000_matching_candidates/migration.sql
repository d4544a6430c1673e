-- AlterTable
ALTER TABLE "ClaimPublication" ADD COLUMN     "matchStems" TEXT[];

-- AlterTable
ALTER TABLE "ExternalReview" ADD COLUMN     "matchStems" TEXT[];

-- ---------------------------------------------------------------------------------------------------------------
-- Hand-written from here on: "Already checked" candidates by rare stems (lib/claim-finder/similar.ts,
-- docs/claim-finder.md). The trigram index alone made a query recheck thousands of rows at 100,000 stored claims:
-- the common stems of news claims ("year", "percent", "rise") carry most of a claim's trigrams.
-- ---------------------------------------------------------------------------------------------------------------

-- The comparable form's stems as an array, so a GIN index finds the rows that share one given stem.
CREATE OR REPLACE FUNCTION "factdesk_publication_match_text"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW."matchText" := "factdesk_match_text"(NEW."snapshot" ->> 'quote');
    NEW."matchStems" := string_to_array(NEW."matchText", ' ');
    NEW."matchNegated" := "factdesk_is_negated"(NEW."snapshot" ->> 'quote');
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION "factdesk_external_review_match_text"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW."matchText" := "factdesk_match_text"(NEW."claimText");
    NEW."matchStems" := string_to_array(NEW."matchText", ' ');
    NEW."matchNegated" := "factdesk_is_negated"(NEW."claimText");
    RETURN NEW;
END;
$$;

UPDATE "ClaimPublication" SET "matchStems" = string_to_array("matchText", ' ');
UPDATE "ExternalReview" SET "matchStems" = string_to_array("matchText", ' ');

-- fastupdate off: with it, GIN keeps new rows in a "pending list" that every search reads from end to end until a
-- VACUUM merges it (the embedded database never runs autovacuum); at 100,000 claims published one by one that list
-- made a one-stem search read ~200 pages instead of 3 (1.8 ms instead of 0.04 ms). Claims are published far less
-- often than they are looked up, so each publication pays the few index updates itself.
CREATE INDEX "ClaimPublication_matchStems_idx" ON "ClaimPublication" USING GIN ("matchStems") WITH (fastupdate = off);
CREATE INDEX "ExternalReview_matchStems_idx" ON "ExternalReview" USING GIN ("matchStems") WITH (fastupdate = off);

-- How many rows hold each stem comes from the planner's statistics (pg_stats.most_common_elems, kept by ANALYZE and
-- autovacuum): no counter table to keep up to date, no row every publication would lock. The default target (100)
-- lists the ~400 commonest stems; 1000 lists the stems held by more than ~0.01 % of rows, so any stem not listed is
-- known to be rare. ANALYZE then samples up to 300,000 rows (a few seconds, in the background).
ALTER TABLE "ClaimPublication" ALTER COLUMN "matchStems" SET STATISTICS 1000;
ALTER TABLE "ExternalReview" ALTER COLUMN "matchStems" SET STATISTICS 1000;

-- Which rows of `relation` to rank for a claim whose stems are `stems`: a list of probes, each one stem or two stems
-- joined by a space, meaning "the rows holding this stem" or "the rows holding both". The rarest stems first, each
-- alone, as long as the estimated rows holding any of them stay within `budget`; then pairs of the commoner stems
-- (a rewording that replaced every rare word by a synonym still shares two of the common ones: "Fuel prices have
-- doubled since the minister came to power" and "Petrol prices have doubled since the minister took office"),
-- estimated as if independent, cheapest first, within what is left of the budget; when nothing fits, the one
-- cheapest probe. A stem the statistics do not list counts as half the least frequent listed one; only the 12
-- rarest of the common stems pair up (66 pairs), so a long quote costs no more than a short one. NULL when the
-- table has no statistics yet (never analyzed): the caller then falls back to the trigram index.
CREATE FUNCTION "factdesk_match_probes"(stems text[], relation regclass, budget real) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH stats AS (
        SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs,
               -- as of the last ANALYZE or VACUUM (scaling it by the table's size today, as the planner does, cost
               -- more than the rest of the function on the embedded database)
               greatest(c.reltuples, 1) AS reltuples
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = 'matchStems'
        WHERE c.oid = relation AND NOT s.inherited
    ), estimated AS (
        SELECT stem,
               -- most_common_elem_freqs ends with the least and the greatest listed frequency, then the null frequency
               coalesce(freqs[array_position(elems, stem)], freqs[cardinality(freqs) - 2] / 2, 0) * reltuples AS rows
        FROM stats, unnest(stems) AS stem
    ), singles AS (
        SELECT stem AS probe, rows FROM (
            SELECT stem, rows, sum(rows) OVER (ORDER BY rows, stem) AS cumulative FROM estimated
        ) ranked WHERE cumulative <= budget
    ), common AS (
        SELECT stem, rows FROM estimated WHERE stem NOT IN (SELECT probe FROM singles) ORDER BY rows, stem LIMIT 12
    ), pairs AS (
        SELECT a.stem || ' ' || b.stem AS probe, a.rows * b.rows / stats.reltuples AS rows
        FROM common a JOIN common b ON a.stem < b.stem CROSS JOIN stats
    ), affordable_pairs AS (
        SELECT probe, rows FROM (
            SELECT probe, rows, sum(rows) OVER (ORDER BY rows, probe) AS cumulative FROM pairs
        ) ranked WHERE cumulative + (SELECT coalesce(sum(rows), 0) FROM singles) <= budget
    ), chosen AS (
        SELECT probe, rows FROM singles UNION ALL SELECT probe, rows FROM affordable_pairs
    ), cheapest AS (
        SELECT probe FROM (SELECT stem AS probe, rows FROM estimated UNION ALL SELECT probe, rows FROM pairs) probes
        ORDER BY rows, probe LIMIT 1
    )
    SELECT CASE
        WHEN NOT EXISTS (SELECT 1 FROM stats) THEN NULL
        WHEN EXISTS (SELECT 1 FROM chosen) THEN (SELECT array_agg(probe ORDER BY rows, probe) FROM chosen)
        ELSE coalesce((SELECT array_agg(probe) FROM cheapest), '{}')
    END
$$;
