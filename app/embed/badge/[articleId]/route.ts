import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { countVerdicts } from "@/lib/embed/payload";
import { renderBadgeHtml, renderBadgeNotFoundHtml } from "@/lib/embed/badge-html";
import { toActionFailure } from "@/lib/errors";
import { loadPublishedArticle } from "@/lib/reader/data";
import { findPublishedArticle } from "@/lib/reader/find-published";
import { readerPath } from "@/lib/reader/to-report";

// GET /embed/badge/:articleId — a tiny HTML page for publishers to put in an <iframe>. Unlike every other page it
// may be framed by any site (next.config.js leaves this path out of the frame-ancestors 'none' rule), so it has
// no script, no form and nothing but published data. next.config.js sends the same policy for this path (and its
// headers take precedence); the copy here keeps the handler safe wherever it is mounted.
const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

export async function GET(_request: Request, { params }: { params: Promise<{ articleId: string }> }): Promise<Response> {
  try {
    const ref = await findPublishedArticle({ id: (await params).articleId });
    const article = ref && (await loadPublishedArticle(ref.orgSlug, ref.articleId));
    if (!article) return new Response(renderBadgeNotFoundHtml(), { status: 404, headers: { ...HEADERS, "Cache-Control": "no-store" } });
    const readerUrl = `${await publicBaseUrl()}${readerPath(article.org.slug, article.id)}`;
    const html = renderBadgeHtml({ organization: article.org.name, readerUrl, verdicts: countVerdicts(article.claims) });
    return new Response(html, { headers: { ...HEADERS, "Cache-Control": "public, max-age=60" } });
  } catch (e) {
    toActionFailure(e); // logs what is unexpected; the publisher's page shows an empty frame, never a stack trace
    return new Response("", { status: 503, headers: { ...HEADERS, "Cache-Control": "no-store" } });
  }
}
