import { describe, expect, it } from "vitest";
import {
  ARTICLE_LANGUAGES,
  isArticleLanguage,
  languageName,
  nativeLanguageName,
  textDirection,
  toArticleLanguage,
} from "./languages";

describe("article languages", () => {
  it("reduces a BCP 47 tag to a language we know, and nothing else", () => {
    expect(toArticleLanguage("en-GB")).toBe("en");
    expect(toArticleLanguage("pt_BR")).toBe("pt");
    expect(toArticleLanguage(" AR ")).toBe("ar");
    expect(toArticleLanguage("zh-Hant-TW")).toBe("zh");
    expect(toArticleLanguage("xx")).toBeNull();
    expect(toArticleLanguage("english")).toBeNull();
    expect(toArticleLanguage("en-")).toBeNull();
    expect(toArticleLanguage("toString")).toBeNull();
    expect(toArticleLanguage("")).toBeNull();
    expect(toArticleLanguage(null)).toBeNull();
  });

  it("knows which languages are written right to left", () => {
    expect(["ar", "fa", "he", "ur"].map(textDirection)).toEqual(["rtl", "rtl", "rtl", "rtl"]);
    expect(textDirection("es")).toBe("ltr");
    expect(textDirection(null)).toBe("ltr");
    expect(textDirection("constructor")).toBe("ltr");
  });

  it("lists each language once, by English name, with a native name for menus", () => {
    expect(new Set(ARTICLE_LANGUAGES).size).toBe(ARTICLE_LANGUAGES.length);
    expect(ARTICLE_LANGUAGES[0]).toBe("ar");
    expect(ARTICLE_LANGUAGES.every(isArticleLanguage)).toBe(true);
    expect(languageName("ar", { native: true })).toBe("Arabic (العربية)");
    expect(languageName("en", { native: true })).toBe("English");
    expect(languageName("es")).toBe("Spanish");
    expect(languageName("qq")).toBe("qq");
  });
});

describe("nativeLanguageName", () => {
  it("names a language in itself, for menus anyone can read", () => {
    expect(nativeLanguageName("ar")).toBe("العربية");
    expect(nativeLanguageName("es")).toBe("Español");
    expect(nativeLanguageName("en")).toBe("English");
  });
});
