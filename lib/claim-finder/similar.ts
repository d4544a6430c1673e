import "server-only";
import { db } from "@/lib/db";
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
 * matches "rose"). Uses the trigram index on the stored comparable form ("matchText").
 */
export async function findOwnSimilarClaims(
  orgId: string,
  text: string,
  excludeClaimId: string | null,
  limit = MAX_OWN_MATCHES,
): Promise<OwnRow[]> {
  return db.$queryRaw<OwnRow[]>`
    WITH q AS (SELECT factdesk_match_text(${text}) AS m, factdesk_is_negated(${text}) AS negated)
    SELECT * FROM (
      SELECT DISTINCT ON (p."claimId") p."claimId", c."articleId", a."title", p."snapshot" ->> 'quote' AS quote,
             p."snapshot" -> 'verdict' ->> 'label' AS verdict, p."snapshot" -> 'verdict' ->> 'colour' AS colour, p."publishedAt",
             public.similarity(p."matchText", q.m) AS similarity
      FROM q, "ClaimPublication" p
      JOIN "Claim" c ON c."id" = p."claimId"
      JOIN "Article" a ON a."id" = c."articleId"
      WHERE p."matchText" OPERATOR(public.%) q.m
        AND c."orgId" = ${orgId} AND c."deletedAt" IS NULL AND a."status" = 'PUBLISHED'
        AND c."id" <> ${excludeClaimId ?? ""}
        AND p."matchNegated" = q.negated
      ORDER BY p."claimId", p."publishedAt" DESC
    ) latest
    WHERE similarity >= ${THRESHOLD}
    ORDER BY similarity DESC, "publishedAt" DESC
    LIMIT ${limit}`;
}

export async function findExternalSimilarReviews(
  orgId: string,
  text: string,
  limit = MAX_EXTERNAL_MATCHES,
): Promise<ExternalRow[]> {
  return db.$queryRaw<ExternalRow[]>`
    WITH q AS (SELECT factdesk_match_text(${text}) AS m, factdesk_is_negated(${text}) AS negated)
    SELECT r."id", r."url", r."publisher", r."claimText", r."rating", r."reviewedAt",
           public.similarity(r."matchText", q.m) AS similarity
    FROM q, "ExternalReview" r
    WHERE r."matchText" OPERATOR(public.%) q.m
      AND r."orgId" = ${orgId}
      AND r."matchNegated" = q.negated
      AND public.similarity(r."matchText", q.m) >= ${THRESHOLD}
    ORDER BY similarity DESC, r."reviewedAt" DESC NULLS LAST
    LIMIT ${limit}`;
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
