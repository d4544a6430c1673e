import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { countVerdicts } from "@/lib/embed/payload";
import { renderBadgeHtml, renderBadgeNotFoundHtml, renderBadgeNotAllowedHtml } from "@/lib/embed/badge-html";
import { findEmbedOrganization } from "@/lib/embed/data";
import { toActionFailure } from "@/lib/errors";
import { decideEmbedOrigin, frameAncestorsFor } from "@/lib/http/embed-origin";
import { route } from "@/lib/http/route";
import { loadPublishedArticle } from "@/lib/reader/data";
import { findPublishedArticle } from "@/lib/reader/find-published";
import { readerLocaleOf } from "@/lib/reader/reader-language";
import { readerPath } from "@/lib/reader/to-report";
import { badgeContentSecurityPolicy } from "@/lib/security/badge-policy.mjs";

// GET /embed/badge/:articleId — a tiny HTML page for publishers to put in an <iframe>. Unlike every other page it
// may be framed, but only by the sites on the article's organization's embed allow-list (frame-ancestors; a Referer
// from another site gets a 403 as well), so it has no script, no form and nothing but published data. This handler
// sends the whole policy: next.config.js leaves this path out of X-Frame-Options and sends no policy for it.
const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};
const headersFor = (frameAncestors: string, cache: string) => ({
  ...HEADERS,
  "Content-Security-Policy": badgeContentSecurityPolicy(frameAncestors),
  "Cache-Control": cache,
  Vary: "Referer",
});

export const GET = route<{ articleId: string }>(
  async (request, { params }) => {
    const ref = await findPublishedArticle({ id: (await params).articleId });
    const organization = ref && (await findEmbedOrganization(ref.orgSlug));
    const article = ref && organization && (await loadPublishedArticle(ref.orgSlug, ref.articleId));
    if (!article || !organization)
      return new Response(
        renderBadgeNotFoundHtml(organization ? readerLocaleOf(null, organization.publicLanguage) : "en"),
        {
          status: 404,
          headers: headersFor("'self'", "no-store"),
        },
      );
    const base = await publicBaseUrl();
    const frameAncestors = frameAncestorsFor(organization.embedDomains);
    const decision = decideEmbedOrigin(request.headers, organization.embedDomains, [
      new URL(base).origin,
      new URL(request.url).origin,
    ]);
    if (!decision.allowed)
      return new Response(renderBadgeNotAllowedHtml(article.readerLocale), {
        status: 403,
        headers: headersFor(frameAncestors, "no-store"),
      });
    const html = renderBadgeHtml({
      organization: article.org.name,
      readerUrl: `${base}${readerPath(article.org.slug, article.id)}`,
      verdicts: countVerdicts(article.claims),
      locale: article.readerLocale,
    });
    return new Response(html, { headers: headersFor(frameAncestors, "public, max-age=60") });
  },
  {
    reads: "replica",
    onError: (e) => {
      toActionFailure(e); // logs what is unexpected; the publisher's page shows an empty frame, never a stack trace
      return new Response("", { status: 503, headers: headersFor("'none'", "no-store") });
    },
  },
);
