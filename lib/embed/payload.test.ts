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
