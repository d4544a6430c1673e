import { buildFromArticlePage, buildFromText } from "./build-result";
import { decodeFetchedBytes } from "./decode-text";
import { IntakeError } from "./errors";
import { EMPTY_META, type IntakeResult } from "./intake-result";
import { readBodyWithLimit } from "./read-body";
import { MAX_ARTICLE_BYTES } from "./size-limit";
import { getPinned, type FetchPage } from "./pinned-request";
import { assertPublicUrl, type UrlGuardOptions } from "./url-guard";
import { errorText, type ErrorText } from "@/lib/i18n/error-text";

export type FetchArticleOptions = UrlGuardOptions & {
  timeoutMs?: number;
  maxBytes?: number;
  /** Injected by tests to play redirects without opening a connection. */
  fetch?: FetchPage;
  /** Request headers (an Accept for another kind of document); the article import's own by default. */
  headers?: Record<string, string>;
  /** Turns the downloaded text or page into the result; the app passes one that runs on a worker thread. */
  build?: (kind: "text" | "page", content: string, url: string) => Promise<IntakeResult>;
};

const buildInProcess = async (kind: "text" | "page", content: string, url: string): Promise<IntakeResult> =>
  kind === "text" ? buildFromText(content) : buildFromArticlePage(content, url);

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPTED_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const REQUEST_HEADERS = {
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
  "user-agent": "FactDesk-ArticleImport/1.0",
};

type Hop = { response: Response; url: string };

function rejectWhenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function resolveLocation(location: string, base: string): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new IntakeError("fetch_failed", "intake.badRedirect");
  }
}

/**
 * Follows redirects by hand so that every hop passes the URL guard: with automatic
 * redirects, a public page could send us to http://127.0.0.1/ unchecked. Each hop resolves
 * the host once, checks every address, and connects only to those addresses (getPinned), so
 * a DNS answer that changes between the check and the connection (rebinding) is never used.
 */
async function fetchFollowingRedirects(startUrl: string, opts: FetchArticleOptions, signal: AbortSignal): Promise<Hop> {
  const fetchPage = opts.fetch ?? getPinned;
  const aborted = rejectWhenAborted(signal);
  let url = startUrl;
  for (let redirects = 0; ; redirects++) {
    // DNS lookups cannot be cancelled, so the timeout races them instead.
    const addresses = await Promise.race([
      assertPublicUrl(url, { allowPrivate: opts.allowPrivate, lookup: opts.lookup, isPublic: opts.isPublic }),
      aborted,
    ]);
    const response = await fetchPage(url, { addresses, signal, headers: opts.headers ?? REQUEST_HEADERS });
    if (!REDIRECT_STATUSES.has(response.status)) return { response, url };
    await discardBody(response);
    const location = response.headers.get("location");
    if (!location)
      throw new IntakeError("fetch_failed", errorText("intake.redirectWithoutLocation", { status: response.status }));
    if (redirects === MAX_REDIRECTS) {
      throw new IntakeError("fetch_failed", errorText("intake.tooManyRedirects", { count: MAX_REDIRECTS }));
    }
    url = resolveLocation(location, url);
  }
}

function assertSuccessStatus(response: Response): void {
  const { status } = response;
  if (status >= 200 && status < 300) return;
  if (status === 404 || status === 410)
    throw new IntakeError("not_found", errorText("intake.pageNotFound", { status }));
  if (status === 401 || status === 403) {
    throw new IntakeError("fetch_failed", errorText("intake.refused", { status }));
  }
  throw new IntakeError("fetch_failed", errorText("intake.siteError", { status }));
}

/** "text/html; charset=utf-8" → "text/html". A missing type is read as HTML, as browsers sniff it. */
function readMediaType(response: Response): string {
  const mediaType = (response.headers.get("content-type") ?? "text/html").split(";")[0].trim().toLowerCase();
  if (ACCEPTED_TYPES.has(mediaType)) return mediaType;
  throw new IntakeError("unsupported_type", errorText("intake.notAPage", { mediaType }));
}

/** Checks status and type before reading the body; a refused body is released unread. */
async function readAcceptedMediaType(response: Response): Promise<string> {
  try {
    assertSuccessStatus(response);
    return readMediaType(response);
  } catch (error) {
    await discardBody(response);
    throw error;
  }
}

export function describeTimeout(timeoutMs: number): ErrorText {
  return errorText("intake.timeout", { seconds: timeoutMs / 1000 });
}

function translateFailure(error: unknown, url: string, timeoutMs: number, signal: AbortSignal): unknown {
  if (error instanceof IntakeError) return error;
  if (signal.aborted) return new IntakeError("timeout", describeTimeout(timeoutMs));
  const host = URL.canParse(url) ? new URL(url).host : url;
  return new IntakeError("fetch_failed", errorText("intake.cannotConnect", { host }));
}

/** Downloads a news page and turns it into canonical text, safe HTML and metadata. */
export async function fetchArticle(url: string, opts: FetchArticleOptions): Promise<IntakeResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const { response, url: finalUrl } = await fetchFollowingRedirects(url, opts, signal);
    const mediaType = await readAcceptedMediaType(response);
    const bytes = await readBodyWithLimit(response, opts.maxBytes ?? MAX_ARTICLE_BYTES);
    const contentType = response.headers.get("content-type");
    const build = opts.build ?? buildInProcess;
    if (mediaType === "text/plain") {
      const result = await build("text", decodeFetchedBytes(bytes, contentType, false), finalUrl);
      return { ...result, meta: { ...EMPTY_META, canonicalUrl: finalUrl } };
    }
    const result = await build("page", decodeFetchedBytes(bytes, contentType, true), finalUrl);
    return { ...result, meta: { ...result.meta, canonicalUrl: result.meta.canonicalUrl ?? finalUrl } };
  } catch (error) {
    throw translateFailure(error, url, timeoutMs, signal);
  }
}

/**
 * Downloads any public document through the same guard as articles (every redirect hop checked, addresses pinned,
 * size limit, timeout), for a caller that accepts other media types: the ClaimReview feed import.
 */
export async function fetchPublicDocument(
  url: string,
  opts: FetchArticleOptions & { acceptedTypes: readonly string[]; maxBytes: number },
): Promise<{ bytes: Uint8Array; contentType: string | null; url: string }> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const { response, url: finalUrl } = await fetchFollowingRedirects(url, opts, signal);
    try {
      assertSuccessStatus(response);
      const mediaType = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
      if (!opts.acceptedTypes.includes(mediaType)) {
        throw new IntakeError(
          "unsupported_type",
          errorText("intake.unexpectedType", {
            mediaType: mediaType || "unknown",
            expected: opts.acceptedTypes.join(", "),
          }),
        );
      }
    } catch (error) {
      await discardBody(response);
      throw error;
    }
    return {
      bytes: await readBodyWithLimit(response, opts.maxBytes),
      contentType: response.headers.get("content-type"),
      url: finalUrl,
    };
  } catch (error) {
    throw translateFailure(error, url, timeoutMs, signal);
  }
}
