import { describe, expect, it } from "vitest";
import { optionDescriptionIn, optionLabelIn, readOptionTranslations, withVerdictsIn } from "./option-label";

const misleading = {
  label: "Misleading",
  description: "Uses facts in a way that gives a false impression.",
  translations: {
    es: { label: "Engañoso", description: "Usa hechos de una manera que da una impresión falsa." },
    ar: { label: "مضلل", description: null },
  },
};

describe("optionLabelIn", () => {
  it("gives the label of the language when the option has one", () => {
    expect(optionLabelIn(misleading, "es")).toBe("Engañoso");
    expect(optionLabelIn(misleading, "ar")).toBe("مضلل");
  });

  it("falls back to the default label: no translation, no language, an unknown language, a blank translation", () => {
    expect(optionLabelIn(misleading, "en")).toBe("Misleading");
    expect(optionLabelIn(misleading, null)).toBe("Misleading");
    expect(optionLabelIn(misleading, undefined)).toBe("Misleading");
    expect(optionLabelIn(misleading, "fr")).toBe("Misleading");
    expect(optionLabelIn(misleading, "__proto__")).toBe("Misleading");
    expect(optionLabelIn({ label: "False", translations: { es: { label: "  ", description: null } } }, "es")).toBe(
      "False",
    );
    expect(optionLabelIn({ label: "False" }, "es")).toBe("False");
    expect(optionLabelIn({ label: "False", translations: null }, "ar")).toBe("False");
  });

  it("describes in the label's language: never a translated label beside the default description", () => {
    expect(optionDescriptionIn(misleading, "es")).toBe("Usa hechos de una manera que da una impresión falsa.");
    expect(optionDescriptionIn(misleading, "ar")).toBeNull();
    expect(optionDescriptionIn(misleading, "en")).toBe("Uses facts in a way that gives a false impression.");
    expect(optionDescriptionIn({ label: "False" }, "ar")).toBeNull();
  });

  it("relabels the verdicts of claims and leaves the rest of each claim alone", () => {
    const claims = [{ id: "c1", verdict: { ...misleading, colour: "#b45309" } }];
    const [claim] = withVerdictsIn(claims, "es");
    expect(claim).toMatchObject({ id: "c1", verdict: { label: "Engañoso", colour: "#b45309" } });
    expect(claims[0].verdict.label).toBe("Misleading");
  });
});

describe("readOptionTranslations", () => {
  it("keeps well-formed entries of shipped languages and drops everything else", () => {
    expect(
      readOptionTranslations({
        es: { label: " Falso ", description: "" },
        ar: { label: "" },
        fr: { label: "Faux", description: null },
        en: "False",
      }),
    ).toEqual({ es: { label: "Falso", description: null } });
    expect(readOptionTranslations(null)).toEqual({});
    expect(readOptionTranslations([{ label: "x" }])).toEqual({});
    expect(readOptionTranslations("{}")).toEqual({});
    expect(readOptionTranslations({ es: { label: "x".repeat(81) } })).toEqual({});
  });
});
