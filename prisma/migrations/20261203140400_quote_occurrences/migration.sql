-- Every claim's TextQuoteSelector now says how many times its quote stood in the text it was described on
-- ("occurrences", lib/anchoring/selectors.ts; describeRange writes it): re-anchoring does not follow a quote that was
-- repeated then to a copy that remains after an edit (lib/anchoring/policy.ts). Existing claims get it from their
-- version's text, counted as lib/anchoring counts (overlapping occurrences included). A claim whose quote is not in
-- its version's text (one imported while flagged for re-anchoring, whose selectors point into an older text) keeps
-- no count: unknown, as for a selector that comes from outside.
CREATE FUNCTION "factdesk_count_occurrences"(haystack text, needle text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  total integer := 0;
  rest text := haystack;
  found integer;
BEGIN
  IF needle IS NULL OR needle = '' OR haystack IS NULL THEN RETURN 0; END IF;
  LOOP
    found := strpos(rest, needle);
    EXIT WHEN found = 0;
    total := total + 1;
    rest := substr(rest, found + 1);
  END LOOP;
  RETURN total;
END $$;

UPDATE "Claim" c
SET "selectors" = (
  SELECT jsonb_agg(
    CASE
      WHEN e.selector ->> 'type' = 'TextQuoteSelector' AND jsonb_typeof(e.selector -> 'exact') = 'string'
        AND (e.selector -> 'occurrences') IS NULL
        AND "factdesk_count_occurrences"(v."text", e.selector ->> 'exact') > 0
      THEN e.selector || jsonb_build_object('occurrences', "factdesk_count_occurrences"(v."text", e.selector ->> 'exact'))
      ELSE e.selector
    END
    ORDER BY e.position)
  FROM jsonb_array_elements(c."selectors") WITH ORDINALITY AS e(selector, position)
)
FROM "ArticleVersion" v
WHERE v."id" = c."versionId"
  AND jsonb_typeof(c."selectors") = 'array'
  AND jsonb_array_length(c."selectors") > 0
  AND EXISTS (
    SELECT 1 FROM jsonb_array_elements(c."selectors") s(selector)
    WHERE s.selector ->> 'type' = 'TextQuoteSelector' AND (s.selector -> 'occurrences') IS NULL
  );

DROP FUNCTION "factdesk_count_occurrences"(text, text);
