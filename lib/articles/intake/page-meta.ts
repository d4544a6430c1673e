import { z } from "zod";

export type PageMeta = {
  title: string | null;
  author: string | null;
  outlet: string | null;
  /** As the page wrote it; see toIsoDate(). */
  publishedTime: string | null;
  canonicalUrl: string | null;
  /** The page's declared language as a BCP 47 tag (html lang, JSON-LD inLanguage, og:locale), unchecked. */
  language: string | null;
};

// JSON-LD is whatever the publisher typed. Each field falls back to undefined on its own,
// so one odd field (an author given as a number) does not cost us the headline.
const personName = z.union([z.string(), z.object({ name: z.string() }).transform((person) => person.name)]);
const jsonLdArticleSchema = z.object({
  headline: z.string().optional().catch(undefined),
  datePublished: z.string().optional().catch(undefined),
  author: z
    .union([personName, z.array(personName.catch(""))])
    .optional()
    .catch(undefined),
  publisher: personName.optional().catch(undefined),
  inLanguage: z
    .union([z.string(), z.object({ alternateName: z.string() }).transform((language) => language.alternateName)])
    .optional()
    .catch(undefined),
});
type JsonLdArticle = z.infer<typeof jsonLdArticleSchema>;

const ARTICLE_TYPE = /(Article|BlogPosting)$/;

export function cleanText(value: string | null | undefined): string | null {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

/** "By Jane Doe" → "Jane Doe"; profile URLs that some sites put in <meta name="author"> → null. */
export function cleanAuthor(value: string | null | undefined): string | null {
  const text = cleanText(value)?.replace(/^by\s+/i, "") ?? null;
  if (!text || /^https?:\/\//i.test(text)) return null;
  return text;
}

/**
 * "2025-03-06T23:30:00-05:00" → "2025-03-06": the calendar date as the publisher wrote it.
 * Converting to UTC first would move that story to 7 March.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = (value ?? "").trim();
  const leading = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (leading) {
    const date = new Date(`${leading[1]}-${leading[2]}-${leading[3]}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(leading[3]) ? null : leading[0];
  }
  const parsed = Date.parse(text);
  return text === "" || Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function typesOf(item: Record<string, unknown>): string[] {
  const type = item["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function flattenJsonLd(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(flattenJsonLd);
  if (typeof value !== "object" || value === null) return [];
  const item = value as Record<string, unknown>;
  return [item, ...flattenJsonLd(item["@graph"])];
}

function readJsonLdArticle(document: Document): JsonLdArticle | null {
  const items = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    try {
      return flattenJsonLd(JSON.parse(script.textContent ?? ""));
    } catch {
      return []; // broken JSON-LD is common and never worth failing an import over
    }
  });
  const articles = items.filter((item) => typesOf(item).some((type) => ARTICLE_TYPE.test(type)));
  const best = articles.find((item) => typesOf(item).some((type) => type.endsWith("NewsArticle"))) ?? articles[0];
  return best ? jsonLdArticleSchema.parse(best) : null;
}

/** <meta> values keyed by property / name / itemprop, lower-cased; the first one wins. */
function readMetaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll("meta")) {
    const key = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "")
      .trim()
      .toLowerCase();
    const content = meta.getAttribute("content");
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function readCanonicalUrl(document: Document, baseUrl: string | undefined): string | null {
  const link = [...document.querySelectorAll("link[rel][href]")].find((element) =>
    (element.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
  );
  const href = link?.getAttribute("href")?.trim();
  if (!href) return null;
  try {
    const url = new URL(href, baseUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function joinAuthors(author: JsonLdArticle["author"]): string | null {
  const names = (Array.isArray(author) ? author : [author]).map(cleanAuthor).filter((name): name is string => !!name);
  return names.length ? names.join(", ") : null;
}

/**
 * Reads the metadata publishers put in the page head. Structured data (JSON-LD) comes
 * first because it is written for machines; Open Graph and plain meta tags fill the gaps.
 * Must run before Readability, which removes <script> elements.
 */
export function readPageMeta(document: Document, baseUrl?: string): PageMeta {
  const jsonLd = readJsonLdArticle(document);
  const meta = readMetaTags(document);
  return {
    title: cleanText(jsonLd?.headline) ?? cleanText(meta.get("og:title")) ?? cleanText(meta.get("twitter:title")),
    author: joinAuthors(jsonLd?.author) ?? cleanAuthor(meta.get("author")) ?? cleanAuthor(meta.get("article:author")),
    outlet: cleanText(meta.get("og:site_name")) ?? cleanText(jsonLd?.publisher),
    publishedTime:
      cleanText(jsonLd?.datePublished) ??
      cleanText(meta.get("article:published_time")) ??
      cleanText(meta.get("datepublished")),
    canonicalUrl: readCanonicalUrl(document, baseUrl),
    language:
      cleanText(document.documentElement?.getAttribute("lang")) ??
      cleanText(jsonLd?.inLanguage) ??
      cleanText(meta.get("og:locale")) ??
      cleanText(meta.get("content-language")),
  };
}
