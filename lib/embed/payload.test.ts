import { describe, expect, it } from "vitest";
import type { PublicClaim } from "@/lib/reader/public-claims";
import { buildPublicReviews, countVerdicts } from "./payload";

const claim = (id: string, label: string, value: number): PublicClaim => ({
  id,
  versionId: "v1",
  quote: `Quote ${id}`,
  prefix: "before ",
  suffix: " after",
  start: 10,
  end: 17,
  claimant: "Donald Trump",
  claimDate: "2025-03-06",
  claimContext: "Oval Office",
  verdict: {
    label,
    description: `${label} means…`,
    colour: "#8a6100",
    value,
    rationale: "Because **treaty**.",
    author: "Riley Reviewer",
    bestRating: 4,
    worstRating: 0,
  },
  citations: [
    {
      kind: "EXPERT_QUOTE",
      quote: "technically inaccurate",
      sourceTitle: null,
      publisher: null,
      url: null,
      accessedAt: "2025-03-07",
      saidAt: null,
      saidWhere: "TV",
      expert: {
        name: "Nicholas Szechenyi",
        title: "Japan expert",
        affiliation: "CSIS",
        profileUrl: "https://www.csis.org/x",
      },
    },
  ],
  reviewers: ["Riley Reviewer"],
  approvers: ["Erin Editor"],
  publishedAt: "2025-03-08T00:00:00.000Z",
  firstPublishedAt: "2025-03-08T00:00:00.000Z",
  corrections: [],
});

describe("buildPublicReviews", () => {
  const article = {
    id: "art 1",
    title: "Title",
    language: "en",
    org: { name: "Demo Desk", slug: "demo" },
    claims: [claim("c1", "Technically inaccurate", 2)],
  };
  const reviews = buildPublicReviews(article, "https://desk.example/", (md) => `<p>${md}</p>`);

  it("links the article and each claim on the reader page", () => {
    expect(reviews.article).toEqual({
      id: "art 1",
      title: "Title",
      readerUrl: "https://desk.example/r/demo/art%201",
      language: "en",
      direction: "ltr",
    });
    expect(reviews.claims[0].readerUrl).toBe("https://desk.example/r/demo/art%201#claim-c1");
    expect(reviews.organization).toEqual({ name: "Demo Desk" });
  });

  it("carries what the card shows and nothing about the people behind the check", () => {
    const [c] = reviews.claims;
    expect(c).toMatchObject({
      quote: "Quote c1",
      prefix: "before ",
      suffix: " after",
      start: 10,
      end: 17,
      claimant: "Donald Trump",
      claimDate: "2025-03-06",
      verdict: { label: "Technically inaccurate", colour: "#8a6100", description: "Technically inaccurate means…" },
      rationaleHtml: "<p>Because **treaty**.</p>",
    });
    expect(c.citations).toEqual([
      {
        kind: "EXPERT_QUOTE",
        expert: { name: "Nicholas Szechenyi", title: "Japan expert", affiliation: "CSIS" },
        quote: "technically inaccurate",
        sourceTitle: null,
        publisher: null,
        url: null,
      },
    ]);
    const json = JSON.stringify(reviews);
    for (const hidden of ["Riley Reviewer", "Erin Editor", "versionId", "saidWhere", "profileUrl"])
      expect(json).not.toContain(hidden);
  });
});

it("tells the embed the article's language and direction, and nothing it does not know", () => {
  const claims = [claim("c1", "Accurate", 4)];
  const build = (language: string | null) =>
    buildPublicReviews(
      { id: "a", title: "T", language, org: { name: "D", slug: "d" }, claims },
      "https://d.example",
      String,
    ).article;
  expect(build("ar")).toMatchObject({ language: "ar", direction: "rtl" });
  expect(build(null)).toMatchObject({ language: null, direction: "ltr" });
  expect(build('"><img src=x onerror=alert(1)>')).toMatchObject({ language: null, direction: "ltr" });
});

describe("countVerdicts", () => {
  it("counts claims per verdict, best verdict first", () => {
    const claims = [claim("a", "Misleading", 1), claim("b", "Accurate", 4), claim("c", "Misleading", 1)];
    expect(countVerdicts(claims.map((c) => c)).map((v) => [v.label, v.count])).toEqual([
      ["Accurate", 1],
      ["Misleading", 2],
    ]);
  });
});

describe("the embed's words in the reader's language", () => {
  const source = (readerLocale?: "en" | "es" | "ar") => ({
    id: "a1",
    title: "Title",
    language: "en",
    org: { name: "Desk", slug: "demo" },
    claims: [claim("c1", "False", 0), claim("c2", "True", 4), claim("c3", "True", 4)],
    readerLocale,
  });

  it("Arabic: locale and direction, overlay words, chip names, card lines, citation kinds, plural per count", () => {
    const r = buildPublicReviews(source("ar"), "https://desk.example", (md) => md);
    expect([r.interface.locale, r.interface.direction]).toEqual(["ar", "rtl"]);
    expect(r.interface.text.close).toBe("إغلاق");
    expect(r.interface.text.readFull).toBe("اقرأ التدقيق الكامل من Desk");
    expect(r.interface.text.citationKinds.EXPERT_QUOTE).toBe("اقتباس من خبير");
    expect(r.interface.text.unplaced).toEqual([
      "",
      "تعذّر وضع ادعاء مدقق واحد في هذه الصفحة",
      "تعذّر وضع ادعاءين مدققين في هذه الصفحة",
      "تعذّر وضع 3 ادعاءات مدققة في هذه الصفحة",
    ]);
    expect(r.claims[0].chipLabel).toBe("تدقيق: «Quote c1» حكمه False. افتح الأدلة.");
    expect(r.claims[0].meta).toBe("ادعاء من Donald Trump · 6 مارس 2025");
    // the article's own language stays what it is
    expect([r.article.language, r.article.direction]).toEqual(["en", "ltr"]);
  });

  it("Spanish, and English by default as before", () => {
    const es = buildPublicReviews(source("es"), "https://desk.example", (md) => md);
    expect(es.interface.text.unplaced[2]).toBe("2 afirmaciones verificadas no se pudieron ubicar en esta página");
    expect(es.claims[0].meta).toBe("Afirmación de Donald Trump · 6 de marzo de 2025");
    const en = buildPublicReviews(source(), "https://desk.example", (md) => md);
    expect([en.interface.locale, en.interface.direction]).toEqual(["en", "ltr"]);
    expect(en.claims[0].chipLabel).toBe("Fact-check: “Quote c1” rated False. Open the evidence.");
    expect(en.interface.text.unplaced[1]).toBe("1 checked claim could not be placed on this page");
  });
});
