import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { cleanAuthor, cleanText, readPageMeta } from "./page-meta";

export type ExtractedArticle = {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** As the page wrote it; toIsoDate() turns it into YYYY-MM-DD. */
  publishedTime: string | null;
  canonicalUrl: string | null;
  /** The page's declared language tag, unchecked. */
  language: string | null;
  /** Readability's output: not yet sanitized. */
  contentHtml: string;
};

// Login walls, cookie notices and error pages still yield a sentence or two; no article
// worth fact-checking is this short.
const MIN_ARTICLE_WORDS = 20;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * linkedom is not a full HTML5 parser: it does not invent the <body> that browsers imply,
 * so for a page written without one ("<!doctype html><title>..</title><p>..") Readability
 * would find nothing. Such a page is reparsed with everything inside an explicit body;
 * head elements found there still count, since the metadata is looked up document-wide.
 */
function parsePage(html: string, withExplicitBody: boolean): Document {
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? "<html>";
  const source = withExplicitBody
    ? `<!doctype html>${htmlTag}<head></head><body>${html.replace(/<\/?(!doctype|html|head|body)\b[^>]*>/gi, "")}</body></html>`
    : html;
  return (parseHTML(source) as unknown as { document: Document }).document;
}

/**
 * linkedom has no URL for a parsed string. Readability resolves relative links against
 * document.baseURI, so give it the page URL, or the page's own <base href> if it has one.
 */
function setDocumentUrl(document: Document, url: string): void {
  const baseHref = document.querySelector("base[href]")?.getAttribute("href");
  let baseUrl = url;
  try {
    if (baseHref) baseUrl = new URL(baseHref, url).href;
  } catch {
    // an unparsable <base> is ignored, as browsers do
  }
  Object.defineProperty(document, "documentURI", { value: url, configurable: true });
  Object.defineProperty(document, "baseURI", { value: baseUrl, configurable: true });
}

/**
 * Finds the main article in a whole HTML page and its metadata; null when the page has no
 * article-sized text (the caller tells the user it does not look like an article).
 */
export function extractArticle(html: string, url?: string): ExtractedArticle | null {
  const hasBody = /<body[\s>]/i.test(html);
  // A <body> tag that is not the page's own (one in a paragraph, a second one) gives linkedom a tree Readability
  // finds nothing in or even throws on; the page is then read again as if it had no <body> tag at all.
  return extractFromPage(html, !hasBody, url) ?? (hasBody ? extractFromPage(html, true, url) : null);
}

function readArticle(document: Document): ReturnType<Readability["parse"]> {
  try {
    return new Readability(document).parse();
  } catch {
    return null;
  }
}

function extractFromPage(html: string, withExplicitBody: boolean, url?: string): ExtractedArticle | null {
  const document = parsePage(html, withExplicitBody);
  if (url) setDocumentUrl(document, url);
  const meta = readPageMeta(document, document.baseURI ?? url);
  const firstHeading = cleanText(document.querySelector("h1")?.textContent);
  const titleElement = cleanText(document.querySelector("title")?.textContent);
  const article = readArticle(document);
  if (!article?.content || countWords(article.textContent ?? "") < MIN_ARTICLE_WORDS) return null;
  return {
    title: meta.title ?? cleanText(article.title) ?? firstHeading ?? titleElement,
    byline: meta.author ?? cleanAuthor(article.byline),
    siteName: meta.outlet ?? cleanText(article.siteName),
    publishedTime: meta.publishedTime ?? cleanText(article.publishedTime),
    canonicalUrl: meta.canonicalUrl,
    language: meta.language,
    contentHtml: article.content,
  };
}
