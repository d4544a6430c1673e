import "server-only";
import { z } from "zod";
import { readPublished } from "@/lib/db-replica";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { AppError } from "@/lib/errors";
import { findScaleForOrg } from "@/lib/claims/data";
import { buildClaimReviewFeed, MAX_FEED_PAGE_SIZE, type JsonLdNode } from "@/lib/export/claim-review";
import type { ReviewReport } from "@/lib/export/report-model";
import { loadPublishedArticle } from "@/lib/reader/data";
import { toPublicReport } from "@/lib/reader/to-report";

// The public ClaimReview feed of one organization: built only from published snapshots (the reader's data),
// never from live claims, so nothing a reader cannot already see leaves through it.

const pageNumber = (name: string, max?: number) => {
  const message = max ? `${name} must be a whole number from 1 to ${max}` : `${name} must be a whole number from 1`;
  const n = z.coerce.number({ error: message }).int(message).min(1, message);
  return max ? n.max(max, message) : n;
};

export const feedQuerySchema = z.object({
  page: pageNumber("page").default(1),
  pageSize: pageNumber("pageSize", MAX_FEED_PAGE_SIZE).default(20),
});

// Published articles are read a few at a time: enough to overlap round trips, not enough to starve the pool.
const LOAD_CONCURRENCY = 5;

export async function loadClaimReviewFeed(
  orgSlug: string,
  page: number,
  pageSize: number,
  now = new Date(),
): Promise<JsonLdNode> {
  const org = await readPublished((db) =>
    db.organization.findUnique({
      where: { slug: orgSlug },
      select: { id: true, defaultScaleId: true },
    }),
  );
  if (!org) throw new AppError("NOT_FOUND", "reports.noSuchOrganization");
  const [articles, scale] = await Promise.all([
    readPublished((db) =>
      db.article.findMany({
        where: { orgId: org.id, status: "PUBLISHED", publishedVersionId: { not: null } },
        orderBy: { id: "asc" },
        select: { id: true },
      }),
    ),
    findScaleForOrg(org.id, org.defaultScaleId),
  ]);
  const base = await publicBaseUrl();
  const reports: ReviewReport[] = [];
  for (let i = 0; i < articles.length; i += LOAD_CONCURRENCY) {
    const loaded = await Promise.all(
      articles.slice(i, i + LOAD_CONCURRENCY).map((a) => loadPublishedArticle(orgSlug, a.id)),
    );
    for (const article of loaded) {
      if (!article || article.claims.length === 0) continue;
      const report = toPublicReport(article, scale?.options ?? [], base, now);
      // The feed never prints the article text; dropping it keeps only the claims in memory.
      reports.push({ ...report, article: { ...report.article, text: "" } });
    }
  }
  return buildClaimReviewFeed(reports, page, pageSize, `${base}/feeds/${encodeURIComponent(orgSlug)}/claimreview`);
}
