import { normalizeText } from "@/lib/anchoring/normalize";
import { assertHtmlWithinBounds, parseWithinBounds, TextBoundError } from "@/lib/text/bounds";
import { IntakeError } from "./errors";
import { blocksToText, htmlToBlocks } from "./html-to-text";
import { EMPTY_META, type IntakeMeta, type IntakeResult } from "./intake-result";
import { markdownToHtml } from "./markdown";
import { cleanText, toIsoDate } from "./page-meta";
import { extractArticle } from "./readability";
import { sanitizeArticleHtml } from "./sanitize";
import { errorText } from "@/lib/i18n/error-text";

function assertHasText(text: string): void {
  if (text === "") throw new IntakeError("empty", "intake.noTextAfterMarkup");
}

const FIRST_H1 = /<h1>([\s\S]*?)<\/h1>/;
const SANITIZER_ESCAPES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/**
 * Reads the first <h1> of sanitized HTML without parsing it again (a second DOM costs
 * seconds on a 5 MB paste). Safe only on sanitizer output: its <h1> has no attributes, and
 * it escapes exactly these four characters.
 */
function readFirstHeading(sanitizedHtml: string): string | null {
  const inner = FIRST_H1.exec(sanitizedHtml)?.[1];
  if (inner === undefined) return null;
  return cleanText(inner.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot);/g, (entity) => SANITIZER_ESCAPES[entity]));
}

const ARTICLE = "The article";

// Bounds are checked before any parser sees the source; over them (or if a parser fails anyway) nothing is built.
function withinBounds<T>(build: () => T): T {
  try {
    return parseWithinBounds(ARTICLE, build);
  } catch (error) {
    if (error instanceof TextBoundError)
      throw new IntakeError("too_deep", errorText("intake.tooDeep", { problem: error.message }));
    throw error;
  }
}

function buildFromSanitizedHtml(html: string, meta: IntakeMeta): IntakeResult {
  const text = blocksToText(htmlToBlocks(html));
  assertHasText(text);
  return { text, html, meta };
}

/** Plain text has no reliable title line, so the caller asks the user for one. */
export function buildFromText(content: string): IntakeResult {
  const text = normalizeText(content);
  assertHasText(text);
  return { text, html: null, meta: { ...EMPTY_META } };
}

export function buildFromMarkdown(content: string): IntakeResult {
  return withinBounds(() => {
    const html = markdownToHtml(content, ARTICLE);
    return buildFromSanitizedHtml(html, { ...EMPTY_META, title: readFirstHeading(html) });
  });
}

/** A fragment copied from a page: all of it is the article. */
export function buildFromHtmlFragment(content: string): IntakeResult {
  return withinBounds(() => {
    assertHtmlWithinBounds(content, ARTICLE);
    const html = sanitizeArticleHtml(content);
    return buildFromSanitizedHtml(html, { ...EMPTY_META, title: readFirstHeading(html) });
  });
}

/** A whole page: Readability picks out the article and drops navigation, ads and footers. */
export function buildFromArticlePage(page: string, url?: string): IntakeResult {
  return withinBounds(() => {
    assertHtmlWithinBounds(page, ARTICLE);
    const article = extractArticle(page, url);
    if (!article) throw new IntakeError("not_article", "intake.notAnArticle");
    const html = sanitizeArticleHtml(article.contentHtml);
    return buildFromSanitizedHtml(html, {
      title: article.title ?? readFirstHeading(html),
      outlet: article.siteName,
      author: article.byline,
      publishedAt: toIsoDate(article.publishedTime),
      canonicalUrl: article.canonicalUrl,
      language: article.language,
    });
  });
}
