import { describe, expect, it } from "vitest";
import { claimFinderAvailability } from "./languages";

describe("claimFinderAvailability", () => {
  it("suggests for the languages the model was trained on, silently", () => {
    expect(claimFinderAvailability("en")).toEqual({ available: true, note: null });
  });

  it("makes no suggestions for other languages and says why", () => {
    expect(claimFinderAvailability("ar")).toEqual({
      available: false,
      note: "No suggestions for articles in Arabic: the claim finder reads English only.",
    });
    expect(claimFinderAvailability("es").available).toBe(false);
  });

  it("warns when nobody knows the article's language yet", () => {
    const { available, note } = claimFinderAvailability(null);
    expect(available).toBe(true);
    expect(note).toMatch(/language is not set; the claim finder reads English only/);
  });
});

describe("in the member's language", () => {
  it("names the languages in Spanish and Arabic", () => {
    expect(claimFinderAvailability("ar", "es").note).toBe(
      "No hay sugerencias para artículos en árabe: el buscador de afirmaciones solo lee inglés.",
    );
    expect(claimFinderAvailability("ar", "ar").note).toBe(
      "لا اقتراحات للمقالات المكتوبة باللغة العربية: أداة اكتشاف الادعاءات لا تقرأ إلا الإنجليزية.",
    );
    expect(claimFinderAvailability(null, "es").note).toMatch(/^El idioma de este artículo no está definido/);
  });
});
