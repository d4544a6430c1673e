import { describe, expect, it } from "vitest";
import { formattingLocale, isInterfaceLocale, localeDirection, negotiateLocale } from "./locales";

describe("interface locales", () => {
  it("knows the shipped languages and their direction", () => {
    expect(isInterfaceLocale("ar")).toBe(true);
    expect(isInterfaceLocale("fr")).toBe(false);
    expect(isInterfaceLocale("__proto__")).toBe(false);
    expect(localeDirection("ar")).toBe("rtl");
    expect(localeDirection("es")).toBe("ltr");
  });

  it("formats Arabic numbers with Western digits and English dates the British way", () => {
    expect(new Intl.NumberFormat(formattingLocale("ar")).format(1234)).toBe("1,234");
    expect(new Intl.DateTimeFormat(formattingLocale("en"), { timeZone: "UTC" }).format(new Date("2025-03-06"))).toBe(
      "06/03/2025",
    );
  });

  it("negotiates Accept-Language by weight, then order", () => {
    expect(negotiateLocale("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(negotiateLocale("fr-FR,fr;q=0.9,ar;q=0.5,en;q=0.4")).toBe("ar");
    expect(negotiateLocale("en;q=0.2, es;q=0.8")).toBe("es");
    expect(negotiateLocale("de, ja")).toBe("en");
    expect(negotiateLocale("ar;q=0")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("x".repeat(100_000))).toBe("en");
  });
});

describe("translatorFor", () => {
  it("translates a namespace in the language asked for, with arguments", async () => {
    const { translatorFor } = await import("./translator");
    expect(translatorFor("es", "settings")("language.saved", { language: "árabe" })).toBe(
      "Guardado: FactDesk se muestra ahora en árabe.",
    );
    expect(translatorFor("ar", "common")("languageName.es")).toBe("الإسبانية");
  });
});
