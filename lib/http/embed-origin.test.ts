import { describe, expect, it } from "vitest";
import {
  decideEmbedOrigin,
  frameAncestorsFor,
  isOriginAllowed,
  normalizeEmbedDomain,
  requestingOrigin,
} from "./embed-origin";

describe("normalizeEmbedDomain", () => {
  it.each([
    ["news.example", "news.example"],
    ["  News.Example  ", "news.example"],
    ["https://news.example/", "news.example"],
    ["http://127.0.0.1:4000", "127.0.0.1:4000"],
    ["*.news.example", "*.news.example"],
    ["news.example:8443", "news.example:8443"],
    ["news.example:443", "news.example:443"],
    ["bücher.example", "xn--bcher-kva.example"],
    ["localhost", "localhost"],
  ])("keeps %j as %j", (entry, stored) => {
    expect(normalizeEmbedDomain(entry)).toBe(stored);
  });

  it.each([
    "",
    "   ",
    "*",
    "*.example",
    "*.127.0.0.1",
    "news.example/path",
    "https://news.example/article",
    "user@news.example",
    "news.example?x=1",
    "news .example",
    "javascript:alert(1)",
    "news.example:0",
    "news.example:70000",
    "*.*.example",
    "a.*.example",
    "news.example.",
    `${"a".repeat(300)}.example`,
    "news.example\\evil.example",
    "ftp://news.example",
  ])("refuses %j", (entry) => {
    expect(normalizeEmbedDomain(entry)).toBeNull();
  });
});

describe("isOriginAllowed", () => {
  const domains = ["news.example", "*.chain.example", "127.0.0.1:4000"];
  it.each([
    ["https://news.example", true],
    ["http://news.example:8080", true],
    ["https://www.chain.example", true],
    ["https://a.b.chain.example", true],
    ["https://chain.example", false], // the wildcard names subdomains only
    ["https://evilnews.example", false],
    ["https://news.example.evil.example", false],
    ["https://notchain.example", false],
    ["http://127.0.0.1:4000", true],
    ["http://127.0.0.1:4001", false],
    ["null", false],
    ["file://", false],
    ["https://news.example/path", false], // not an origin
    ["data:text/html,x", false],
  ])("%s → %s", (origin, allowed) => {
    expect(isOriginAllowed(origin, domains)).toBe(allowed);
  });

  it("allows nothing with an empty list", () => {
    expect(isOriginAllowed("https://news.example", [])).toBe(false);
  });
});

describe("requestingOrigin and decideEmbedOrigin", () => {
  const headers = (init: Record<string, string>) => new Headers(init);
  it("reads Origin first, then the Referer's origin, and names none for a direct request", () => {
    expect(requestingOrigin(headers({ origin: "https://a.example", referer: "https://b.example/x" }))).toBe(
      "https://a.example",
    );
    expect(requestingOrigin(headers({ referer: "https://b.example/page?q=1" }))).toBe("https://b.example");
    expect(requestingOrigin(headers({ referer: "not a url" }))).toBe("null");
    expect(requestingOrigin(headers({}))).toBeNull();
  });

  it("answers allowed sites, our own origin and direct requests, and refuses every other page", () => {
    const own = ["https://factdesk.example"];
    expect(decideEmbedOrigin(headers({ origin: "https://news.example" }), ["news.example"], own)).toEqual({
      allowed: true,
      origin: "https://news.example",
    });
    expect(decideEmbedOrigin(headers({ referer: "https://factdesk.example/r/demo/x" }), [], own)).toEqual({
      allowed: true,
      origin: "https://factdesk.example",
    });
    expect(decideEmbedOrigin(headers({}), [], own)).toEqual({ allowed: true, origin: null });
    expect(decideEmbedOrigin(headers({ origin: "https://rival.example" }), ["news.example"], own)).toEqual({
      allowed: false,
      origin: "https://rival.example",
    });
    expect(decideEmbedOrigin(headers({ origin: "null" }), ["news.example"], own).allowed).toBe(false);
  });
});

describe("frameAncestorsFor", () => {
  it("lists each entry for http and https, any port unless one is named, and only 'self' for an empty list", () => {
    expect(frameAncestorsFor([])).toBe("'self'");
    expect(frameAncestorsFor(["news.example", "*.chain.example", "127.0.0.1:4000"])).toBe(
      "'self' https://news.example:* http://news.example:* https://*.chain.example:* http://*.chain.example:* https://127.0.0.1:4000 http://127.0.0.1:4000",
    );
  });
});
