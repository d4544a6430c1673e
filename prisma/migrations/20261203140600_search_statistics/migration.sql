-- Word frequencies for the search's per-language expressions (issue 17; lib/search/data.ts). The partial GIN indexes of
-- 20261203117100_search_language carry no statistics the planner reads (it ignores a partial index's expression
-- statistics), so it guessed that any word is in 0.5% of the rows and built the whole GIN bitmap even for a word in
-- every claim (200,000 entries: 25-140 ms before the search's LIMIT could stop). With these it knows how common the word
-- is: a frequent one is read by a scan that stops at the search's cap, a rare one still through its index.
-- Statistics cannot be partial: each is computed over every sampled row of the table, whatever its language, a
-- rough but usable frequency; ANALYZE evaluates each expression on its sample (30,000 rows at the default target).
-- Only for simple, english, spanish and arabic: with all 14 configurations `ANALYZE "Claim"` of 200,000 claims took 41 s
-- against 4.6 s without (load 16) and the embedded database's single thread passed the 60 s query timeout in
-- bench:search; with these four, 18 s (load 29). Simple covers every article without a language or in one PostgreSQL
-- has no stemmer for; english, spanish and arabic are the desk's languages. A word of another configuration is
-- estimated as before: read through its GIN index, correct, slower when the word is in most of the rows.
CREATE STATISTICS "Claim_quote_search_simple_stat" ON (to_tsvector('simple', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_arabic_stat" ON (to_tsvector('arabic', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_english_stat" ON (to_tsvector('english', "quote")) FROM "Claim";
CREATE STATISTICS "Claim_quote_search_spanish_stat" ON (to_tsvector('spanish', "quote")) FROM "Claim";
CREATE STATISTICS "Verdict_rationale_search_simple_stat" ON (to_tsvector('simple', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_arabic_stat" ON (to_tsvector('arabic', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_english_stat" ON (to_tsvector('english', "rationale")) FROM "Verdict";
CREATE STATISTICS "Verdict_rationale_search_spanish_stat" ON (to_tsvector('spanish', "rationale")) FROM "Verdict";
CREATE STATISTICS "Article_search_simple_stat" ON (to_tsvector('simple', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_arabic_stat" ON (to_tsvector('arabic', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_english_stat" ON (to_tsvector('english', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
CREATE STATISTICS "Article_search_spanish_stat" ON (to_tsvector('spanish', "title" || ' ' || coalesce("outlet", ''))) FROM "Article";
ANALYZE "Claim", "Verdict", "Article";
