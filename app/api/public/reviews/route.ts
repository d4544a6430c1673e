import { publicReviewsQuerySchema } from "@/lib/embed/schema";
import { invalidQuery, jsonError, preflight, PUBLIC_READ, readQueryParams, route } from "@/lib/http/route";
import { findPublishedArticle } from "@/lib/reader/find-published";
import { loadPublicReviews } from "@/lib/reader/public-reviews";

// GET /api/public/reviews?id=<article id> | ?url=<original article address> — public (no sign-in): the published
// fact-checks of one article for the publisher embed (public/embed/factdesk.js). Any site may read it.
export const GET = route(async (request) => {
  const query = publicReviewsQuerySchema.safeParse(readQueryParams(new URL(request.url).searchParams));
  if (!query.success) return invalidQuery(query.error);
  const { id, url } = query.data;
  const ref = await findPublishedArticle(id ? { id } : { url: url! });
  const reviews = ref && (await loadPublicReviews(ref));
  if (!reviews) return jsonError(404, "NOT_FOUND", "Nothing is published for this article.");
  return Response.json(reviews, { headers: { "Cache-Control": "public, max-age=60" } });
}, { cors: PUBLIC_READ });

export const OPTIONS = preflight(PUBLIC_READ);
