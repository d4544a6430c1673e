import { describe, expect, it } from "vitest";
import { articleMetaSchema } from "@/lib/articles/schema";
import { citationInputSchema, newExpertSchema } from "@/lib/claims/schema";
import { normalizeArticleUrl } from "@/lib/reader/canonical-url";
import { reportCitationSchema } from "@/lib/export/report-model";
import { findXssInHtml } from "../support/find-xss-in-html";
import { XSS_PAYLOADS, sentinelCall } from "../support/xss-payloads";

// Every address field: the article's original URL, an expert's profile URL, a source citation's URL, the
// publisher address the embed looks up, and URLs read back from an imported review export.
const run = sentinelCall(0);
const HOSTILE_URLS = [
  `javascript:${run}`,
  `JAVASCRIPT:${run}`,
  ` javascript:${run}`,
  `\tjavascript:${run}`,
  `java\nscript:${run}`,
  `java\tscript:${run}`,
  `\u0001javascript:${run}`,
  `javascript&colon;${run}`,
  `&#106;avascript:${run}`,
  `vbscript:${run}`,
  `data:text/html,<script>${run}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD4=`,
  `https:javascript:${run}`,
  `//evil.example/x.js`,
  `/relative/path`,
  `file:///etc/passwd`,
  `ftp://example.org/`,
  `jar:https://example.org/x!/`,
  `https://example.org/"><script>${run}</script>`,
  `https://example.org/' onmouseover='${run}`,
  `https://example.org/?q=</script><script>${run}</script>`,
  `https://example.org/#"><img src=x onerror=${run}>`,
  ...XSS_PAYLOADS.map((p) => p.text),
];

// `normalizes`: the address is stored as the URL parser writes it, so quotes and angle brackets are percent-encoded.
// Imported exports keep the address as written (the round trip is exact); every page escapes it as an attribute.
type Validator = { name: string; normalizes: boolean; read: (url: string) => string | null };
const VALIDATORS: Validator[] = [
  {
    name: "article original URL",
    normalizes: true,
    read: (url) => {
      const r = articleMetaSchema.safeParse({ title: "t", originalUrl: url });
      return r.success ? r.data.originalUrl : null;
    },
  },
  {
    name: "expert profile URL",
    normalizes: true,
    read: (url) => {
      const r = newExpertSchema.safeParse({ name: "n", profileUrl: url });
      return r.success ? r.data.profileUrl : null;
    },
  },
  {
    name: "source citation URL",
    normalizes: true,
    read: (url) => {
      const r = citationInputSchema.safeParse({ kind: "DOCUMENT", url });
      return r.success ? r.data.url : null;
    },
  },
  { name: "embed publisher address", normalizes: true, read: (url) => normalizeArticleUrl(url) },
  {
    name: "imported citation URL",
    normalizes: false,
    read: (url) => {
      const r = reportCitationSchema.safeParse({
        id: "c",
        kind: "OTHER",
        quote: null,
        sourceTitle: null,
        publisher: null,
        url,
        accessedAt: null,
        saidAt: null,
        saidWhere: null,
        expert: null,
      });
      return r.success ? r.data.url : null;
    },
  },
];

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

describe.each(VALIDATORS)("$name", ({ read, normalizes }) => {
  it.each(HOSTILE_URLS.map((url) => [JSON.stringify(url).slice(0, 80), url]))(
    "%s is refused or kept only as an inert web address",
    (_name, url) => {
      const kept = read(url);
      if (kept === null) return;
      expect(new URL(kept).protocol).toMatch(/^https?:$/);
      expect(kept).toMatch(normalizes ? /^https?:\/\/[^\s"<>]+$/ : /^https?:\/\/\S+$/);
      expect(findXssInHtml(`<a href="${escapeAttribute(kept)}">x</a>`)).toEqual([]);
    },
  );

  it("accepts an ordinary web address (the refusals above are not blanket)", () => {
    expect(read("https://example.org/news/story?id=1")).toMatch(/^https:\/\/example\.org\/news\/story\?id=1$/);
  });

  it("refuses every script address", () => {
    for (const url of HOSTILE_URLS.slice(0, 13)) expect(read(url), url).toBeNull();
  });
});
