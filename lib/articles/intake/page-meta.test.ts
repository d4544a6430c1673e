import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { cleanAuthor, readPageMeta, toIsoDate } from "./page-meta";

function readMeta(head: string, baseUrl?: string) {
  const { document } = parseHTML(
    `<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`,
  ) as unknown as { document: Document };
  return readPageMeta(document, baseUrl);
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("readPageMeta", () => {
  it("reads Open Graph, article and author meta tags and the canonical link", () => {
    const meta = readMeta(
      `<meta property="og:title" content=" OG  title "><meta property="og:site_name" content="Daily Test">` +
        `<meta property="article:published_time" content="2024-11-02T08:00:00Z"><meta name="author" content="By Ana Lima">` +
        `<link rel="canonical" href="https://daily.test/story">`,
    );
    expect(meta).toEqual({
      title: "OG title",
      outlet: "Daily Test",
      author: "Ana Lima",
      publishedTime: "2024-11-02T08:00:00Z",
      canonicalUrl: "https://daily.test/story",
      language: null,
    });
  });

  it("prefers a JSON-LD NewsArticle, also inside @graph, over meta tags", () => {
    const meta = readMeta(
      `<meta property="og:title" content="OG"><meta name="author" content="Meta Author">` +
        jsonLd({
          "@graph": [
            { "@type": "WebPage", headline: "not me" },
            {
              "@type": "NewsArticle",
              headline: "LD headline",
              datePublished: "2024-01-05",
              author: { "@type": "Person", name: "Ld Author" },
              publisher: { name: "LD Times" },
            },
          ],
        }),
    );
    expect(meta).toMatchObject({
      title: "LD headline",
      author: "Ld Author",
      outlet: "LD Times",
      publishedTime: "2024-01-05",
    });
  });

  it("joins several JSON-LD authors and accepts plain-string authors", () => {
    const meta = readMeta(jsonLd([{ "@type": ["Article"], author: ["Kim Park", { name: "Lee Chen" }, 42] }]));
    expect(meta.author).toBe("Kim Park, Lee Chen");
  });

  it("ignores JSON-LD that does not parse or is not an article", () => {
    const meta = readMeta(
      `<script type="application/ld+json">{ "headline": broken </script>` +
        jsonLd({ "@type": "Organization", name: "Org" }) +
        `<meta property="og:title" content="Fallback">`,
    );
    expect(meta.title).toBe("Fallback");
    expect(meta.outlet).toBeNull();
  });

  it("resolves a relative canonical link against the page URL and refuses other schemes", () => {
    expect(readMeta(`<link rel="canonical" href="/a/b?c=1">`, "https://site.test/x/y").canonicalUrl).toBe(
      "https://site.test/a/b?c=1",
    );
    expect(readMeta(`<link rel="canonical" href="/a/b">`).canonicalUrl).toBeNull();
    expect(readMeta(`<link rel="canonical" href="javascript:alert(1)">`).canonicalUrl).toBeNull();
  });

  it("returns nulls for a page without metadata", () => {
    expect(readMeta("")).toEqual({
      title: null,
      outlet: null,
      author: null,
      publishedTime: null,
      canonicalUrl: null,
      language: null,
    });
  });
});

describe("toIsoDate", () => {
  it.each([
    ["2025-03-06T23:30:00-05:00", "2025-03-06"],
    ["2025-03-06", "2025-03-06"],
    [" 2025-03-06 12:00 ", "2025-03-06"],
    ["Thu, 06 Mar 2025 10:00:00 GMT", "2025-03-06"],
    ["2025-02-30", null],
    ["yesterday", null],
    ["", null],
    [null, null],
  ])("%s → %s", (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe("cleanAuthor", () => {
  it.each([
    ["By Jane Doe", "Jane Doe"],
    ["  jane   doe ", "jane doe"],
    ["https://www.facebook.com/someone", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(cleanAuthor(input)).toBe(expected);
  });
});

describe("the page's declared language", () => {
  const page = (htmlAttributes: string, head = "") =>
    (
      parseHTML(
        `<!doctype html><html ${htmlAttributes}><head>${head}</head><body><p>x</p></body></html>`,
      ) as unknown as {
        document: Document;
      }
    ).document;

  it("comes from <html lang>, then JSON-LD inLanguage, then og:locale", () => {
    expect(readPageMeta(page('lang="ar" dir="rtl"')).language).toBe("ar");
    expect(
      readPageMeta(page("", jsonLd({ "@type": "NewsArticle", headline: "h", inLanguage: "es-MX" }))).language,
    ).toBe("es-MX");
    expect(
      readPageMeta(
        page("", jsonLd({ "@type": "NewsArticle", inLanguage: { "@type": "Language", alternateName: "pt" } })),
      ).language,
    ).toBe("pt");
    expect(readPageMeta(page("", '<meta property="og:locale" content="fr_FR">')).language).toBe("fr_FR");
    expect(readPageMeta(page('lang="  "')).language).toBeNull();
  });
});
