import { toActionFailure } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { readerAssets } from "@/lib/reader/document/assets";
import { renderReaderDocument, renderReaderNotFound } from "@/lib/reader/document/reader-document";
import { cachedReaderPage, readerPageKey, readerPageStamp, rememberReaderPage } from "@/lib/reader/page-cache";
import { loadReaderPage } from "@/lib/reader/page-model";
import { buildContentSecurityPolicy } from "@/lib/security/content-security-policy";

// GET /r/:org/:article — the public reader page. A plain HTML document rather than a React page: readers download
// no framework runtime (the budget is 100 KB of script; this page ships about 1 KB). Published data only.
// Its only script is a file of our own, so its policy needs no nonce and one rendering can serve every reader.
const HTML = { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": buildContentSecurityPolicy() };

const notFound = (status: number) =>
  new Response(renderReaderNotFound(readerAssets()), { status, headers: { ...HTML, "Cache-Control": "no-store" } });

export const GET = route<{ org: string; article: string }>(
  async (request, { params }) => {
    const { org, article } = await params;
    const current = await readerPageStamp(org, article);
    if (!current) return notFound(404);
    // one copy per language: the stamp holds the language too, and the key keeps languages apart
    const key = readerPageKey(org, article, current.locale);
    let page = cachedReaderPage(key, current.stamp);
    if (!page) {
      const model = await loadReaderPage(org, article);
      if (!model) return notFound(404); // unpublished between the two reads
      page = rememberReaderPage(key, current.stamp, renderReaderDocument(model, readerAssets()));
    }
    const headers = {
      ...HTML,
      ETag: page.etag,
      "Content-Language": current.locale,
      "Cache-Control": "public, max-age=0, must-revalidate",
    };
    if (request.headers.get("if-none-match") === page.etag) return new Response(null, { status: 304, headers });
    return new Response(page.body, { headers });
  },
  {
    reads: "replica",
    onError: (e) => {
      const failure = toActionFailure(e); // logs what is unexpected; the reader never sees a stack trace
      return notFound(failure.code === "NOT_FOUND" ? 404 : 503);
    },
  },
);
