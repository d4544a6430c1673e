-- Word frequencies for the search's per-language expressions (issue 17; lib/search/data.ts). The partial GIN indexes of
-- 20261203117100_search_language carry no statistics the planner reads (it ignores a partial index's expression
-- statistics), so it guessed that any word is in 0.5% of the rows and built the whole GIN bitmap even for a word in
-- every claim (200,000 entries: 25-140 ms before the search's LIMIT could stop). With these it knows how common the word
-- is: a frequent one is read by a scan that stops at the search's cap, a rare one still through its index.
-- Statistics cannot be partial: each is computed over every sampled row of the table, whatever its language, a
-- rough but usable frequency; ANALYZE evaluates each expression on its sample (30,000 rows at the default target).
CREATE STATISTICS "Claim_quote_search_simple_stat" ON (to_tsvector('simple', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_arabic_stat" ON (to_tsvector('arabic', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_german_stat" ON (to_tsvector('german', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_english_stat" ON (to_tsvector('english', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_spanish_stat" ON (to_tsvector('spanish', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_french_stat" ON (to_tsvector('french', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_hindi_stat" ON (to_tsvector('hindi', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_indonesian_stat" ON (to_tsvector('indonesian', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_italian_stat" ON (to_tsvector('italian', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_dutch_stat" ON (to_tsvector('dutch', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_portuguese_stat" ON (to_tsvector('portuguese', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_romanian_stat" ON (to_tsvector('romanian', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_russian_stat" ON (to_tsvector('russian', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_turkish_stat" ON (to_tsvector('turkish', "quote")) FROM "Claim";
CREATE STATISTICS "Verdict_rationale_search_simple_stat" ON (to_tsvector('simple', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_arabic_stat" ON (to_tsvector('arabic', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_german_stat" ON (to_tsvector('german', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_english_stat" ON (to_tsvector('english', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_spanish_stat" ON (to_tsvector('spanish', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_french_stat" ON (to_tsvector('french', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_hindi_stat" ON (to_tsvector('hindi', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_indonesian_stat" ON (to_tsvector('indonesian', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_italian_stat" ON (to_tsvector('italian', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_dutch_stat" ON (to_tsvector('dutch', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_portuguese_stat" ON (to_tsvector('portuguese', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_romanian_stat" ON (to_tsvector('romanian', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_russian_stat" ON (to_tsvector('russian', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_turkish_stat" ON (to_tsvector('turkish', "rationale")) FROM "Verdict";
CREATE STATISTICS "Article_search_simple_stat" ON (to_tsvector('simple', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_arabic_stat" ON (to_tsvector('arabic', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_german_stat" ON (to_tsvector('german', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_english_stat" ON (to_tsvector('english', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_spanish_stat" ON (to_tsvector('spanish', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_french_stat" ON (to_tsvector('french', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_hindi_stat" ON (to_tsvector('hindi', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_indonesian_stat" ON (to_tsvector('indonesian', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_italian_stat" ON (to_tsvector('italian', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_dutch_stat" ON (to_tsvector('dutch', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_portuguese_stat" ON (to_tsvector('portuguese', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_romanian_stat" ON (to_tsvector('romanian', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_russian_stat" ON (to_tsvector('russian', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_turkish_stat" ON (to_tsvector('turkish', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
ANALYZE "Claim", "Verdict", "Article";
