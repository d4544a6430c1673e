import { invalidQuery, preflight, PUBLIC_READ, readQueryParams, route } from "@/lib/http/route";
import { feedQuerySchema, loadClaimReviewFeed } from "@/lib/reports/claim-review-feed";

// GET /feeds/:org/claimreview?page=1&pageSize=20 — public (no sign-in): schema.org DataFeed of the
// organization's published ClaimReviews, newest first, paged with Hydra links. Any site may read it.
export const GET = route<{ org: string }>(
  async (request, { params }) => {
    const query = feedQuerySchema.safeParse(readQueryParams(new URL(request.url).searchParams));
    if (!query.success) return invalidQuery(query.error);
    const { org } = await params;
    const feed = await loadClaimReviewFeed(org, query.data.page, query.data.pageSize);
    return new Response(JSON.stringify(feed), {
      headers: { "Content-Type": "application/ld+json", "Cache-Control": "public, max-age=300" },
    });
  },
  { cors: PUBLIC_READ, reads: "replica" },
);

export const OPTIONS = preflight(PUBLIC_READ);
