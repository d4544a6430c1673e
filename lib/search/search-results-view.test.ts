import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { SearchResultList } from "@/components/search/search-results";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/format";
import { renderInLanguage } from "@/test/support/render-in-language";
import type { SearchHit, SearchResults } from "./data";
import { SEARCH_MATCH_CAP } from "./schema";

// The search page's count (issue 17): exact below the cap, "more than 1,000" past it, with a line saying why, in the
// three interface languages.
const hit = (i: number): SearchHit => ({
  claimId: `c${i}`,
  articleId: "a1",
  articleTitle: "Fisheries report",
  quote: `The sardine quota rose by ${i} percent`,
  verdict: null,
  state: "DRAFT",
  assigneeName: null,
  matchedIn: ["claim"],
  snippet: [{ text: "sardine", hit: true }],
});
const results = (total: number, isTotalExact: boolean, offset = 0): SearchResults => ({
  hits: Array.from({ length: 50 }, (_, i) => hit(offset + i)),
  total,
  isTotalExact,
  offset,
  links: { after: { sort: "search.score.desc", value: "8|2026-12-03T00:00:00.000Z", id: "c49" }, before: null },
});
const render = (r: SearchResults, locale: InterfaceLocale) =>
  renderInLanguage(createElement(SearchResultList, { results: r, values: { q: "sardine" } }), locale)
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("search result count", () => {
  const cap = (locale: InterfaceLocale) => formatNumber(SEARCH_MATCH_CAP, locale);

  it("says the exact count below the cap, with no word about a limit", () => {
    const page = render(results(120, true), "en");
    expect(page).toContain("120 claims match “sardine”");
    expect(page).toContain("Showing 1–50 of 120 claims");
    expect(page).not.toContain("more than");
    expect(page).not.toContain("stops reading");
  });

  it(`says "more than" past the cap and why, in English, Spanish and Arabic`, () => {
    const english = render(results(SEARCH_MATCH_CAP, false, 50), "en");
    expect(english).toContain(`More than ${cap("en")} claims match “sardine”`);
    expect(english).toContain(`Showing 51–100 of more than ${cap("en")} claims`);
    expect(english).toContain(`stops reading after ${cap("en")} matches in a field`);

    const spanish = render(results(SEARCH_MATCH_CAP, false), "es");
    expect(spanish).toContain(`Más de ${cap("es")} afirmaciones coinciden con «sardine»`);
    expect(spanish).toContain(`Mostrando 1–50 de más de ${cap("es")} afirmaciones`);
    expect(spanish).toContain(`deja de leer tras ${cap("es")} coincidencias`);

    const arabic = render(results(SEARCH_MATCH_CAP, false), "ar");
    expect(arabic).toContain(`أكثر من ${cap("ar")} ادعاء يطابق «sardine»`);
    expect(arabic).toContain(`من أكثر من ${cap("ar")} ادعاء`);
    expect(arabic).toContain("يتوقف البحث عن القراءة");
    for (const english of ["More than", "claims match", "Showing"]) expect(arabic).not.toContain(english);
  });
});
