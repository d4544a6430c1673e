import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./readability";

const page = readFileSync(new URL("./fixtures/article-page.html", import.meta.url), "utf8");
const PAGE_URL = "https://www.coastal-ledger.test/news/2025/03/harbour-bridge-repairs?utm_source=feed";

describe("extractArticle", () => {
  it("finds the story and its metadata in a saved news page", () => {
    const article = extractArticle(page, PAGE_URL);
    expect(article).toMatchObject({
      title: "Harbour bridge repairs to cost twice the estimate",
      byline: "Mira Okafor, Tomás Reyes",
      siteName: "The Coastal Ledger",
      publishedTime: "2025-03-06T23:30:00-05:00",
      canonicalUrl: "https://www.coastal-ledger.test/news/2025/03/harbour-bridge-repairs",
    });
    expect(article?.contentHtml).toContain("Repairs to the Harbour Street bridge");
    expect(article?.contentHtml).not.toContain("Most read");
    expect(article?.contentHtml).not.toContain("All rights reserved");
    expect(article?.contentHtml).not.toContain("analytics");
  });

  it("keeps the page's language when a page without <body> is read again inside one", () => {
    const sentence = "قال الوزير إن تكلفة إصلاح الجسر ستبلغ ضعف التقديرات الأولى بحسب تقرير المهندسين. ";
    const article = extractArticle(
      `<!doctype html><html lang="ar" dir="rtl"><title>جسر</title><p>${sentence.repeat(8)}</p>`,
    );
    expect(article?.language).toBe("ar");
    expect(extractArticle(page, PAGE_URL)?.language).toBe("en");
  });

  it("resolves relative links against the page URL", () => {
    expect(extractArticle(page, PAGE_URL)?.contentHtml).toContain(
      'href="https://www.coastal-ledger.test/documents/bridge-report.pdf"',
    );
  });

  it("resolves relative links against the page's own <base href>", () => {
    const withBase = page.replace("<head>", '<head><base href="https://cdn.coastal-ledger.test/archive/">');
    expect(extractArticle(withBase, PAGE_URL)?.contentHtml).toContain(
      'href="https://cdn.coastal-ledger.test/documents/bridge-report.pdf"',
    );
  });

  it("leaves relative links alone without a URL, and reads no canonical URL it cannot resolve", () => {
    const article = extractArticle(page);
    expect(article?.contentHtml).toContain('href="/documents/bridge-report.pdf"');
    expect(article?.canonicalUrl).toBeNull();
  });

  it("falls back to Readability's own title when the page has no metadata", () => {
    const body = "<p>" + "A sentence about the bridge, with commas, and more words to read. ".repeat(12) + "</p>";
    const article = extractArticle(
      `<html><head><title>Only a title</title></head><body><article>${body}</article></body></html>`,
    );
    expect(article?.title).toBe("Only a title");
    expect(article?.byline).toBeNull();
  });

  it.each([
    ["no <body> tag", "<!doctype html><title>Implied body</title>"],
    ["no <body> tag but a <head>", "<html><head><title>Implied body</title></head>"],
  ])("reads a page written with %s", (_name, start) => {
    const body = "<p>" + "A sentence about the bridge, with commas, and more words to read. ".repeat(12) + "</p>";
    const article = extractArticle(`${start}${body}</html>`);
    expect(article?.title).toBe("Implied body");
    expect(article?.contentHtml).toContain("A sentence about the bridge");
  });

  it.each([
    ["a page with no text", "<html><head><title>x</title></head><body></body></html>"],
    [
      "a login wall",
      "<html><body><form><label>Email</label><input><button>Sign in</button></form><p>Subscribe to keep reading.</p></body></html>",
    ],
  ])("returns null for %s", (_name, html) => {
    expect(extractArticle(html, PAGE_URL)).toBeNull();
  });
});
