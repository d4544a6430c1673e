import { describe, expect, it } from "vitest";
import { readSeedArticle } from "@/lib/seed/seed-article";
import { detectArticleLanguage } from "./detect-language";

// the fixture beside the repository, or its copy in prisma/ where ../shared is absent (a user's clone)
const seedArticle = readSeedArticle();

describe("detectArticleLanguage", () => {
  it("reads the language from the text", () => {
    expect(detectArticleLanguage(seedArticle)).toBe("en");
    expect(
      detectArticleLanguage(
        "قال الرئيس إن معدل البطالة انخفض إلى ثلاثة في المئة في عام 2024، وهو أدنى مستوى منذ عقود بحسب الأرقام الرسمية.",
      ),
    ).toBe("ar");
    expect(
      detectArticleLanguage(
        "El presidente afirmó que la tasa de desempleo bajó al tres por ciento en 2024, la más baja en décadas según las cifras oficiales.",
      ),
    ).toBe("es");
  });

  it("prefers the language the page declared, when it is one we know", () => {
    expect(detectArticleLanguage(seedArticle, "fr-FR")).toBe("fr");
    expect(detectArticleLanguage(seedArticle, "xx-YY")).toBe("en");
  });

  it("leaves the language unset when there is too little text to tell", () => {
    expect(detectArticleLanguage("OK 2024")).toBeNull();
    expect(detectArticleLanguage("12,345 — 67%")).toBeNull();
    expect(
      detectArticleLanguage(
        "The minister said the figures were wrong. Le ministre a dit que les chiffres étaient faux.",
      ),
    ).toBeNull();
  });

  it("goes by the opening of a long article", () => {
    const spanishOpening =
      "El presidente afirmó que la tasa de desempleo bajó al tres por ciento, la más baja en décadas. ".repeat(50);
    expect(detectArticleLanguage(spanishOpening + seedArticle.repeat(200))).toBe("es");
  });
});
