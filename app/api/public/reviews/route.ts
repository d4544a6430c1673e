import { publicReviewsQuerySchema } from "@/lib/embed/schema";
import { findPublishedArticle } from "@/lib/reader/find-published";
import { loadPublicReviews } from "@/lib/reader/public-reviews";
import { invalidQuery, jsonError, toErrorResponse } from "@/lib/reports/error-response";
import { readQueryParams } from "@/lib/reports/export-query";

// GET /api/public/reviews?id=<article id> | ?url=<original article address> — public (no sign-in): the published
// fact-checks of one article for the publisher embed (public/embed/factdesk.js). Any site may read it.
const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, OPTIONS" };

function withCors(response: Response): Response {
  for (const [key, value] of Object.entries(CORS)) response.headers.set(key, value);
  return response;
}

export async function GET(request: Request): Promise<Response> {
  try {
    const query = publicReviewsQuerySchema.safeParse(readQueryParams(new URL(request.url).searchParams));
    if (!query.success) return withCors(invalidQuery(query.error));
    const { id, url } = query.data;
    const ref = await findPublishedArticle(id ? { id } : { url: url! });
    const reviews = ref && (await loadPublicReviews(ref));
    if (!reviews) return withCors(jsonError(404, "NOT_FOUND", "Nothing is published for this article."));
    return Response.json(reviews, { headers: { ...CORS, "Cache-Control": "public, max-age=60" } });
  } catch (e) {
    return withCors(toErrorResponse(e));
  }
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: { ...CORS, "Access-Control-Max-Age": "86400" } });
}
