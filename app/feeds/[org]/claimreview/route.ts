import { invalidQuery, toErrorResponse } from "@/lib/reports/error-response";
import { readQueryParams } from "@/lib/reports/export-query";
import { feedQuerySchema, loadClaimReviewFeed } from "@/lib/reports/claim-review-feed";

// GET /feeds/:org/claimreview?page=1&pageSize=20 — public (no sign-in): schema.org DataFeed of the
// organization's published ClaimReviews, newest first, paged with Hydra links. Any site may read it.
const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, OPTIONS" };

function withCors(response: Response): Response {
  for (const [key, value] of Object.entries(CORS)) response.headers.set(key, value);
  return response;
}

export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }): Promise<Response> {
  try {
    const query = feedQuerySchema.safeParse(readQueryParams(new URL(request.url).searchParams));
    if (!query.success) return withCors(invalidQuery(query.error));
    const { org } = await params;
    const feed = await loadClaimReviewFeed(org, query.data.page, query.data.pageSize);
    return new Response(JSON.stringify(feed), {
      headers: { ...CORS, "Content-Type": "application/ld+json", "Cache-Control": "public, max-age=300" },
    });
  } catch (e) {
    return withCors(toErrorResponse(e));
  }
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: { ...CORS, "Access-Control-Max-Age": "86400" } });
}
