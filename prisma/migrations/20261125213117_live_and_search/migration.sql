-- Live updates, presence and full-text search (issue 5).

-- CreateTable
CREATE TABLE "ArticlePresence" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tabId" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticlePresence_pkey" PRIMARY KEY ("articleId","userId","tabId")
);

-- CreateIndex
CREATE INDEX "ArticlePresence_articleId_lastSeenAt_idx" ON "ArticlePresence"("articleId", "lastSeenAt");

-- AddForeignKey
ALTER TABLE "ArticlePresence" ADD CONSTRAINT "ArticlePresence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePresence" ADD CONSTRAINT "ArticlePresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------------------
-- Hand-written from here on: Prisma's schema language can express neither triggers nor expression indexes, so
-- these objects exist only in this migration. `prisma migrate diff --from-migrations ... --to-schema ...` leaves
-- them alone (checked when this migration was written); keep it that way when editing the schema.
-- ---------------------------------------------------------------------------------------------------------------

-- Change feed for live updates (lib/live/listener.ts). Every change already writes an AuditEvent row in its own
-- transaction; this trigger announces the row on the channel `factdesk_article`. NOTIFY is transactional: listeners
-- hear about a change only once it has committed, and never about one that rolled back.
CREATE FUNCTION "factdesk_notify_article_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."articleId" IS NOT NULL THEN
        PERFORM pg_notify('factdesk_article', json_build_object('kind', 'change', 'articleId', NEW."articleId", 'eventId', NEW."id")::text);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "AuditEvent_notify_article_change"
    AFTER INSERT ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "factdesk_notify_article_change"();

-- Full-text search (lib/search/data.ts) with the 'simple' configuration: no stemming and no stop words, so names,
-- quotes and non-English words match as typed. The queries must repeat these expressions exactly, or PostgreSQL
-- cannot use the indexes.
CREATE INDEX "Article_search_idx" ON "Article" USING GIN (to_tsvector('simple', "title" || ' ' || coalesce("outlet", '')));
CREATE INDEX "Claim_quote_search_idx" ON "Claim" USING GIN (to_tsvector('simple', "quote"));
CREATE INDEX "Verdict_rationale_search_idx" ON "Verdict" USING GIN (to_tsvector('simple', "rationale"));
CREATE INDEX "Citation_search_idx" ON "Citation" USING GIN (to_tsvector('simple', coalesce("quote", '') || ' ' || coalesce("sourceTitle", '') || ' ' || coalesce("publisher", '')));
CREATE INDEX "Expert_name_search_idx" ON "Expert" USING GIN (to_tsvector('simple', "name"));
