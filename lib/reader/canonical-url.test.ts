import { describe, expect, it } from "vitest";
import { normalizeArticleUrl, storedUrlForms } from "./canonical-url";

describe("normalizeArticleUrl", () => {
  it.each([
    ["https://news.example/world/japan-alliance", "https://news.example/world/japan-alliance"],
    ["https://news.example/world/japan-alliance/", "https://news.example/world/japan-alliance"],
    ["https://News.Example:443/world/japan-alliance#comments", "https://news.example/world/japan-alliance"],
    ["https://news.example/world/a/?page=2#top", "https://news.example/world/a?page=2"],
    ["https://news.example", "https://news.example"],
    ["https://news.example/", "https://news.example"],
    ["http://news.example/a", "http://news.example/a"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeArticleUrl(input)).toBe(expected);
  });

  it("refuses what is not a web address", () => {
    expect(normalizeArticleUrl("javascript:alert(1)")).toBeNull();
    expect(normalizeArticleUrl("/relative/path")).toBeNull();
    expect(normalizeArticleUrl("ftp://news.example/a")).toBeNull();
  });
});

describe("storedUrlForms", () => {
  it("covers every stored form that normalises to the key", () => {
    const key = normalizeArticleUrl("https://news.example/a/?p=1#x")!;
    const { exact, fragmentPrefixes } = storedUrlForms(key);
    expect(exact).toEqual(["https://news.example/a?p=1", "https://news.example/a/?p=1"]);
    expect(fragmentPrefixes).toEqual(["https://news.example/a?p=1#", "https://news.example/a/?p=1#"]);
    for (const stored of [
      "https://news.example/a?p=1",
      "https://news.example/a/?p=1",
      "https://news.example/a/?p=1#top",
    ]) {
      expect(normalizeArticleUrl(stored)).toBe(key);
      expect(exact.includes(stored) || fragmentPrefixes.some((p) => stored.startsWith(p))).toBe(true);
    }
    expect(storedUrlForms("https://news.example").exact).toEqual(["https://news.example", "https://news.example/"]);
  });
});
