import { findEmbedOrganization } from "@/lib/embed/data";
import { publicReviewsQuerySchema } from "@/lib/embed/schema";
import { decideEmbedOrigin } from "@/lib/http/embed-origin";
import { invalidQuery, jsonError, readQueryParams, route } from "@/lib/http/route";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { findPublishedArticle } from "@/lib/reader/find-published";
import { loadPublicReviews } from "@/lib/reader/public-reviews";

// GET /api/public/reviews?org=<organization>&id=<article id> | &url=<original article address> — public (no
// sign-in): the published fact-checks of one article of ONE organization, for the publisher embed
// (public/embed/factdesk.js). Only the sites on that organization's embed allow-list (and FactDesk itself) get an
// answer: CORS names the requesting origin, and a page elsewhere (by Origin, else Referer) gets a 403 and no data.
// (CORS here depends on the organization, so it is set below rather than by route()'s fixed policies.)
const METHODS = { "Access-Control-Allow-Methods": "GET, OPTIONS" };

async function ownOrigins(request: Request): Promise<string[]> {
  return [new URL(await publicBaseUrl()).origin, new URL(request.url).origin];
}

function withCors(response: Response, origin: string | null): Response {
  response.headers.set("Vary", "Origin");
  if (origin) {
    response.headers.set("Access-Control-Allow-Origin", origin);
    for (const [key, value] of Object.entries(METHODS)) response.headers.set(key, value);
  }
  return response;
}

export const GET = route(
  async (request) => {
    const query = publicReviewsQuerySchema.safeParse(readQueryParams(new URL(request.url).searchParams));
    if (!query.success) return withCors(invalidQuery(query.error), null);
    const { org, id, url } = query.data;
    const organization = await findEmbedOrganization(org);
    if (!organization)
      return withCors(jsonError(404, "NOT_FOUND", "org names no organization on this FactDesk."), null);
    const decision = decideEmbedOrigin(request.headers, organization.embedDomains, await ownOrigins(request));
    if (!decision.allowed) {
      return withCors(
        jsonError(
          403,
          "FORBIDDEN",
          `${decision.origin} is not on ${organization.name}'s list of embed domains: an admin can add it under Settings → Embed.`,
        ),
        null,
      );
    }
    const ref = await findPublishedArticle(id ? { id } : { url: url! }, organization.id);
    const reviews = ref && (await loadPublicReviews(ref));
    if (!reviews)
      return withCors(jsonError(404, "NOT_FOUND", "Nothing is published for this article."), decision.origin);
    return withCors(Response.json(reviews, { headers: { "Cache-Control": "public, max-age=60" } }), decision.origin);
  },
  { reads: "replica" },
);

// A preflight only comes with a non-simple request, which the embed never makes; it gets the methods and, for an
// allowed origin, that origin (a preflight sends Origin and the same query string).
export const OPTIONS = route(async (request) => {
  const response = new Response(null, { status: 204, headers: { "Access-Control-Max-Age": "86400", Vary: "Origin" } });
  const query = publicReviewsQuerySchema.safeParse(readQueryParams(new URL(request.url).searchParams));
  const organization = query.success ? await findEmbedOrganization(query.data.org).catch(() => null) : null;
  const decision =
    organization && decideEmbedOrigin(request.headers, organization.embedDomains, await ownOrigins(request));
  return withCors(response, decision?.allowed ? decision.origin : null);
});
