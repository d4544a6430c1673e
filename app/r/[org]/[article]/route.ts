import { createHash } from "node:crypto";
import { toActionFailure } from "@/lib/errors";
import { readerAssets } from "@/lib/reader/document/assets";
import { renderReaderDocument, renderReaderNotFound } from "@/lib/reader/document/reader-document";
import { loadReaderPage } from "@/lib/reader/page-model";
import { buildContentSecurityPolicy } from "@/lib/security/content-security-policy";

// GET /r/:org/:article — the public reader page. A plain HTML document rather than a React page: readers download
// no framework runtime (the budget is 100 KB of script; this page ships about 3 KB). Published data only.
// Its only script is a file of our own, so its policy needs no nonce and its ETag can hold across requests.
const HTML = { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": buildContentSecurityPolicy() };

export async function GET(request: Request, { params }: { params: Promise<{ org: string; article: string }> }): Promise<Response> {
  const assets = readerAssets();
  try {
    const { org, article } = await params;
    const page = await loadReaderPage(org, article);
    if (!page) return new Response(renderReaderNotFound(assets), { status: 404, headers: { ...HTML, "Cache-Control": "no-store" } });
    const body = renderReaderDocument(page, assets);
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    const headers = { ...HTML, ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate" };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(body, { headers });
  } catch (e) {
    const failure = toActionFailure(e); // logs what is unexpected; the reader never sees a stack trace
    const status = failure.code === "NOT_FOUND" ? 404 : 503;
    return new Response(renderReaderNotFound(assets), { status, headers: { ...HTML, "Cache-Control": "no-store" } });
  }
}
