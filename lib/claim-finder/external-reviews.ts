import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { ExternalReviewInput } from "./claim-review-import";
import type { Actor } from "@/lib/auth/actor";

export type ExternalImportOutcome = { added: number; updated: number; skipped: number };

// Rows per statement and transaction: a 20,000-review feed is 40 short transactions, so readers and colleagues get
// the database between them (a re-import is idempotent, so a failure part-way can simply be run again).
const BATCH = 500;

/**
 * Stores imported reviews for the organization: a review already imported (same URL) is updated, never duplicated.
 * One audit row per import with the counts.
 */
export async function saveExternalReviews(
  actor: Actor,
  reviews: ExternalReviewInput[],
  source: string,
  skipped: number,
): Promise<ExternalImportOutcome> {
  let added = 0;
  let updated = 0;
  // the last occurrence of a URL within one document wins, as it would on a second import
  const unique = [...new Map(reviews.map((r) => [r.url, r])).values()];
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH);
    const rows = await db.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO "ExternalReview" ("id", "orgId", "url", "publisher", "claimText", "rating", "claimant", "reviewedAt", "source", "updatedAt")
      SELECT 'x' || md5(${actor.orgId} || u.url), ${actor.orgId}, u.url, u.publisher, u.claim, u.rating, u.claimant, u.reviewed, ${source}, now()
      FROM unnest(${batch.map((r) => r.url)}::text[], ${batch.map((r) => r.publisher)}::text[], ${batch.map((r) => r.claimText)}::text[],
                  ${batch.map((r) => r.rating)}::text[], ${batch.map((r) => r.claimant)}::text[], ${batch.map((r) => r.reviewedAt?.toISOString() ?? null)}::timestamp[])
           AS u(url, publisher, claim, rating, claimant, reviewed)
      ON CONFLICT ("orgId", "url") DO UPDATE SET
        "publisher" = EXCLUDED."publisher", "claimText" = EXCLUDED."claimText", "rating" = EXCLUDED."rating",
        "claimant" = EXCLUDED."claimant", "reviewedAt" = EXCLUDED."reviewedAt", "source" = EXCLUDED."source", "updatedAt" = now()
      RETURNING (xmax = 0) AS inserted`;
    for (const row of rows) row.inserted ? added++ : updated++;
  }
  await recordAudit(db, {
    orgId: actor.orgId,
    actorId: actor.userId,
    entityType: "organization",
    entityId: actor.orgId,
    action: "external_reviews.imported",
    after: { source, added, updated, skipped },
  });
  return { added, updated, skipped };
}

export type ExternalReviewSummary = { publisher: string; reviews: number; lastImportedAt: string };

/** What the organization has imported, per publisher, for the settings page. */
export async function summarizeExternalReviews(
  orgId: string,
): Promise<{ total: number; publishers: ExternalReviewSummary[] }> {
  const groups = await db.externalReview.groupBy({
    by: ["publisher"],
    where: { orgId },
    _count: { _all: true },
    _max: { updatedAt: true },
    orderBy: { publisher: "asc" },
    take: 200,
  });
  const total = await db.externalReview.count({ where: { orgId } });
  return {
    total,
    publishers: groups.map((g) => ({
      publisher: g.publisher,
      reviews: g._count._all,
      lastImportedAt: (g._max.updatedAt ?? new Date(0)).toISOString(),
    })),
  };
}
