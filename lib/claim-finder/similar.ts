import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { citationRowSelect, toCitationView, type CitationView } from "@/lib/claims/view";

/** A published claim of ours, or an imported review of another fact-checker, that makes the same or a similar claim. */
export type SimilarCheck =
  | {
      kind: "own";
      claimId: string;
      articleId: string;
      articleTitle: string;
      quote: string;
      verdict: string;
      colour: string;
      publishedAt: string;
      similarity: number;
      citations: CitationView[];
    }
  | {
      kind: "external";
      id: string;
      url: string;
      publisher: string;
      claim: string;
      rating: string;
      reviewedAt: string | null;
      similarity: number;
    };

export const MAX_OWN_MATCHES = 5;
export const MAX_EXTERNAL_MATCHES = 3;
// pg_trgm's default threshold (0.3) on the normalised text of prisma/migrations/*already_checked: below it two
// wordings share too little to call them one claim (bench:claim-matching measures recall and false matches).
const THRESHOLD = 0.3;
// Candidates are the rows holding one of the claim's rarest stems, or two of its commoner ones (factdesk_match_probes,
// prisma/migrations/*matching_candidates), up to 250 rows by the statistics' estimate; the estimate of a pair assumes
// its stems independent, which news claims are not, so the real count runs higher (bench:claim-matching at 100,000
// claims: median 63, 95th percentile 572). Recall held at 100 and above, so 250 keeps a margin; each candidate costs
// a trigram similarity, the query's main cost. The cap only binds when the statistics are far off; candidates past
// it are not ranked.
const CANDIDATE_BUDGET = 250;
const CANDIDATE_CAP = 2_000;

/** The claim's comparable form, its negation and the probes into `table` (NULL before the table's first ANALYZE). */
function comparable(text: string, table: "ClaimPublication" | "ExternalReview") {
  return Prisma.sql`
    SELECT m, negated,
           factdesk_match_probes(string_to_array(m, ' '), ${`"${table}"`}::regclass, ${CANDIDATE_BUDGET}::real) AS probes
    FROM (SELECT factdesk_match_text(${text}) AS m, factdesk_is_negated(${text}) AS negated) form`;
}

type OwnRow = {
  claimId: string;
  articleId: string;
  title: string;
  quote: string;
  verdict: string;
  colour: string;
  publishedAt: Date;
  similarity: number;
};
type ExternalRow = {
  id: string;
  url: string;
  publisher: string;
  claimText: string;
  rating: string;
  reviewedAt: Date | null;
  similarity: number;
};

/**
 * Our own published claims most like `text`, best first: the latest publication of each claim, in a published
 * article of the organization, never the claim being edited, and only where negation agrees ("did not rise" never
 * matches "rose"). Candidates come from the stem index ("matchStems"); a table never analyzed yet (its
 * statistics say nothing of stem frequencies) falls back to the trigram index on "matchText". Both branches are in
 * the one statement: PostgreSQL runs only the one whose one-time condition holds.
 */
export async function findOwnSimilarClaims(
  orgId: string,
  text: string,
  excludeClaimId: string | null,
  limit = MAX_OWN_MATCHES,
): Promise<OwnRow[]> {
  // the organization is checked before the cap, so another organization's archive never crowds ours out of it
  const inScope = Prisma.sql`c."orgId" = ${orgId} AND c."deletedAt" IS NULL AND c."id" <> ${excludeClaimId ?? ""}
    AND p."matchNegated" = (SELECT negated FROM q)`;
  return db.$queryRaw<OwnRow[]>`
    WITH q AS MATERIALIZED (${comparable(text, "ClaimPublication")}),
    candidates AS (
      (SELECT DISTINCT * FROM (
         SELECT p."id", p."claimId", c."articleId", p."publishedAt", p."matchText"
         FROM unnest((SELECT probes FROM q)) AS probe
         JOIN "ClaimPublication" p ON p."matchStems" @> string_to_array(probe, ' ')
         JOIN "Claim" c ON c."id" = p."claimId"
         WHERE ${inScope}
         LIMIT ${CANDIDATE_CAP}) probed)
      UNION ALL
      (SELECT p."id", p."claimId", c."articleId", p."publishedAt", p."matchText"
       FROM "ClaimPublication" p JOIN "Claim" c ON c."id" = p."claimId"
       WHERE (SELECT probes IS NULL FROM q) AND p."matchText" OPERATOR(public.%) (SELECT m FROM q) AND ${inScope})
    ),
    best AS (
      SELECT * FROM (
        SELECT DISTINCT ON (s."claimId") s.*
        FROM (
          SELECT cand."id", cand."claimId", cand."articleId", cand."publishedAt",
                 public.similarity(cand."matchText", (SELECT m FROM q)) AS similarity
          FROM candidates cand
        ) s
        JOIN "Article" a ON a."id" = s."articleId"
        WHERE s.similarity >= ${THRESHOLD} AND a."status" = 'PUBLISHED'
        ORDER BY s."claimId", s."publishedAt" DESC
      ) latest
      ORDER BY similarity DESC, "publishedAt" DESC
      LIMIT ${limit}
    )
    SELECT best."claimId", best."articleId", a."title", p."snapshot" ->> 'quote' AS quote,
           p."snapshot" -> 'verdict' ->> 'label' AS verdict, p."snapshot" -> 'verdict' ->> 'colour' AS colour,
           p."publishedAt", best.similarity
    FROM best
    JOIN "ClaimPublication" p ON p."id" = best."id"
    JOIN "Article" a ON a."id" = best."articleId"
    ORDER BY best.similarity DESC, best."publishedAt" DESC`;
}

/** Imported reviews of other fact-checkers most like `text`, best first, negation agreeing; candidates as above. */
export async function findExternalSimilarReviews(
  orgId: string,
  text: string,
  limit = MAX_EXTERNAL_MATCHES,
): Promise<ExternalRow[]> {
  const inScope = Prisma.sql`r."orgId" = ${orgId} AND r."matchNegated" = (SELECT negated FROM q)`;
  return db.$queryRaw<ExternalRow[]>`
    WITH q AS MATERIALIZED (${comparable(text, "ExternalReview")}),
    candidates AS (
      (SELECT DISTINCT * FROM (
         SELECT r."id", r."reviewedAt", r."matchText" FROM unnest((SELECT probes FROM q)) AS probe
         JOIN "ExternalReview" r ON r."matchStems" @> string_to_array(probe, ' ')
         WHERE ${inScope}
         LIMIT ${CANDIDATE_CAP}) probed)
      UNION ALL
      (SELECT r."id", r."reviewedAt", r."matchText" FROM "ExternalReview" r
       WHERE (SELECT probes IS NULL FROM q) AND r."matchText" OPERATOR(public.%) (SELECT m FROM q) AND ${inScope})
    ),
    best AS (
      SELECT * FROM (
        SELECT cand."id", cand."reviewedAt", public.similarity(cand."matchText", (SELECT m FROM q)) AS similarity
        FROM candidates cand
      ) scored
      WHERE similarity >= ${THRESHOLD}
      ORDER BY similarity DESC, "reviewedAt" DESC NULLS LAST
      LIMIT ${limit}
    )
    SELECT r."id", r."url", r."publisher", r."claimText", r."rating", r."reviewedAt", best.similarity
    FROM best JOIN "ExternalReview" r ON r."id" = best."id"
    ORDER BY best.similarity DESC, best."reviewedAt" DESC NULLS LAST`;
}

/** "Already checked" for one claim of ours: similar published claims (with their citations, to copy) and external reviews. */
export async function findSimilarChecks(orgId: string, claimId: string): Promise<SimilarCheck[]> {
  const claim = await db.claim.findFirst({ where: { id: claimId, orgId, deletedAt: null }, select: { quote: true } });
  if (!claim) return [];
  const [own, external] = await Promise.all([
    findOwnSimilarClaims(orgId, claim.quote, claimId),
    findExternalSimilarReviews(orgId, claim.quote),
  ]);
  const citations = await db.citation.findMany({
    where: { claimId: { in: own.map((o) => o.claimId) }, deletedAt: null, claim: { orgId } },
    orderBy: { position: "asc" },
    select: { claimId: true, ...citationRowSelect },
  });
  const round = (x: number) => Math.round(Number(x) * 100) / 100;
  return [
    ...own.map((o): SimilarCheck => ({
      kind: "own",
      claimId: o.claimId,
      articleId: o.articleId,
      articleTitle: o.title,
      quote: o.quote,
      verdict: o.verdict,
      colour: o.colour,
      publishedAt: o.publishedAt.toISOString(),
      similarity: round(o.similarity),
      citations: citations.filter((c) => c.claimId === o.claimId).map(toCitationView),
    })),
    ...external.map((e): SimilarCheck => ({
      kind: "external",
      id: e.id,
      url: e.url,
      publisher: e.publisher,
      claim: e.claimText,
      rating: e.rating,
      reviewedAt: e.reviewedAt?.toISOString() ?? null,
      similarity: round(e.similarity),
    })),
  ];
}
