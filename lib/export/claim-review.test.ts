import { describe, expect, it } from "vitest";
import {
  buildClaimReview,
  buildClaimReviewFeed,
  buildClaimReviews,
  truncateAtWord,
  type JsonLdNode,
} from "@/lib/export/claim-review";
import { locateConformanceData } from "@/test/conformance/locate";
import {
  checkSchemaOrgJsonLd,
  loadSchemaOrgVocabulary,
  type ExtensionTerms,
} from "@/test/conformance/schema-org-checker";
import { sampleReport } from "@/test/fixtures/sample-report";
import type { ReviewReport } from "@/lib/export/report-model";

const FEED_URL = "http://localhost:3000/api/claim-reviews";
const byId = (id: string) => sampleReport.claims.find((claim) => claim.id === id)!;
const node = (value: unknown) => value as JsonLdNode;

/** A second article's report, so the feed spans several reports. */
const secondReport: ReviewReport = {
  ...sampleReport,
  article: {
    ...sampleReport.article,
    id: "art_other",
    readerUrl: "http://localhost:3000/read/art_other",
    originalUrl: null,
    publishedAt: null,
  },
  claims: sampleReport.claims.map((claim) => ({
    ...claim,
    id: `${claim.id}_2`,
    publishedAt: claim.publishedAt && "2025-04-01T09:00:00.000Z",
  })),
};

describe("buildClaimReview", () => {
  it("emits only published and corrected claims with a verdict", () => {
    expect(buildClaimReviews(sampleReport).map((review) => String(review.url))).toEqual([
      "http://localhost:3000/read/art_seed#claim-clm_not_defend",
      "http://localhost:3000/read/art_seed#claim-clm_protect_us",
      "http://localhost:3000/read/art_seed#claim-clm_treaty_duty",
    ]);
    expect(buildClaimReview(sampleReport, byId("clm_draft_gdp"))).toBeNull();
    expect(buildClaimReview(sampleReport, byId("clm_committed"))).toBeNull();
    expect(JSON.stringify(buildClaimReviews(sampleReport))).not.toContain("DRAFT");
  });

  it("maps the seed claim the way Google's fact-check markup expects", () => {
    expect(buildClaimReview(sampleReport, byId("clm_protect_us"))).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "http://localhost:3000/read/art_seed#claim-clm_protect_us",
      claimReviewed: "We have to protect them, but they don't have to protect us",
      reviewRating: {
        "@type": "Rating",
        alternateName: "Technically inaccurate",
        ratingValue: 2,
        bestRating: 4,
        worstRating: 1,
      },
      author: { "@type": "Organization", name: "Facts & Figures Desk", url: "http://localhost:3000/" },
      datePublished: "2025-03-07",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Donald Trump" },
        datePublished: "2025-03-06",
        appearance: {
          "@type": "NewsArticle",
          headline: sampleReport.article.title,
          url: "https://news.example.com/2025/03/trump-us-japan-alliance",
          datePublished: "2025-03-07",
          publisher: { "@type": "Organization", name: "Example News" },
        },
      },
    });
  });

  it("records corrections and falls back to the article date when the claim has none", () => {
    const review = buildClaimReview(sampleReport, byId("clm_treaty_duty"))!;
    expect(review.dateModified).toBe("2025-03-09");
    expect(review.correction).toEqual([
      { "@type": "CorrectionComment", text: expect.stringContaining("1951"), datePublished: "2025-03-09" },
    ]);
    const undated = buildClaimReview(sampleReport, { ...byId("clm_treaty_duty"), claimDate: null })!;
    expect(node(undated.itemReviewed).datePublished).toBe("2025-03-07");
    expect(node(undated.itemReviewed).author).toBeUndefined();
  });

  it("says the article's language on the review, the claim and where it appeared", () => {
    const review = buildClaimReview(
      { ...sampleReport, article: { ...sampleReport.article, language: "es" } },
      byId("clm_protect_us"),
    )!;
    expect(review.inLanguage).toBe("es");
    expect(review.itemReviewed).toMatchObject({ inLanguage: "es", appearance: { inLanguage: "es" } });
    expect(buildClaimReview(sampleReport, byId("clm_protect_us"))).not.toHaveProperty("inLanguage");
    const unknown = { ...sampleReport, article: { ...sampleReport.article, language: "not a tag" } };
    expect(buildClaimReview(unknown, byId("clm_protect_us"))).not.toHaveProperty("inLanguage");
  });

  it("truncates long claims at a word boundary", () => {
    const long = `${"word ".repeat(100)}end`;
    const short = truncateAtWord(long);
    expect(Array.from(short).length).toBeLessThanOrEqual(280);
    expect(short.endsWith("word…")).toBe(true);
    expect(truncateAtWord("a  short\nclaim")).toBe("a short claim");
    expect(truncateAtWord("x".repeat(400), 10)).toBe(`${"x".repeat(9)}…`);
    expect(truncateAtWord("日本".repeat(300), 5)).toBe("日本日本…");
  });
});

describe("buildClaimReviewFeed", () => {
  it("pages every public claim across reports, newest first, with paging links", () => {
    const first = buildClaimReviewFeed([sampleReport, secondReport], 1, 4, FEED_URL);
    const items = first.dataFeedElement as JsonLdNode[];
    expect(first["hydra:totalItems"]).toBe(6);
    expect(items).toHaveLength(4);
    expect(items.every((item) => node(item.item)["@context"] === undefined)).toBe(true);
    expect(node(items[0].item).url).toContain("art_other");
    const view = node(first["hydra:view"]);
    expect(view["@id"]).toBe(`${FEED_URL}?page=1&pageSize=4`);
    expect(view["hydra:next"]).toEqual({ "@id": `${FEED_URL}?page=2&pageSize=4` });
    expect(view["hydra:last"]).toEqual({ "@id": `${FEED_URL}?page=2&pageSize=4` });
    expect(view["hydra:previous"]).toBeUndefined();

    const second = buildClaimReviewFeed([sampleReport, secondReport], 2, 4, FEED_URL);
    expect(second.dataFeedElement).toHaveLength(2);
    expect(node(second["hydra:view"])["hydra:previous"]).toEqual({ "@id": `${FEED_URL}?page=1&pageSize=4` });
    expect(node(second["hydra:view"])["hydra:next"]).toBeUndefined();
    const urls = [...items, ...(second.dataFeedElement as JsonLdNode[])].map((item) => node(item.item).url);
    expect(new Set(urls).size).toBe(6);
  });

  it("handles an empty feed and rejects bad paging", () => {
    const empty = buildClaimReviewFeed([], 1, 10, FEED_URL);
    expect(empty.dataFeedElement).toEqual([]);
    expect(empty["hydra:totalItems"]).toBe(0);
    expect(() => buildClaimReviewFeed([sampleReport], 0, 10, FEED_URL)).toThrow(
      expect.objectContaining({ code: "INVALID", details: { path: "page" } }),
    );
    expect(() => buildClaimReviewFeed([sampleReport], 1, 1000, FEED_URL)).toThrow(/pageSize/);
  });
});

const vocabularyFile = locateConformanceData(
  "schemaorg/schemaorg-current-https.jsonld",
  "schema.org ClaimReview conformance",
);

// Paging terms the feed takes from Hydra (see buildClaimReviewFeed); nothing else outside schema.org is allowed.
const HYDRA_TERMS: ExtensionTerms = {
  types: ["hydra:PartialCollectionView"],
  properties: {
    "hydra:totalItems": "integer",
    "hydra:view": "node",
    "hydra:first": "reference",
    "hydra:last": "reference",
    "hydra:previous": "reference",
    "hydra:next": "reference",
  },
};

// vitest still runs a skipped describe's body to collect its tests: load outside it, only when present.
const vocabulary = vocabularyFile ? loadSchemaOrgVocabulary(vocabularyFile) : new Map();

describe.skipIf(!vocabularyFile)("ClaimReview against the schema.org vocabulary", () => {
  const reviews = [
    ...buildClaimReviews(sampleReport),
    ...buildClaimReviews(secondReport),
    ...buildClaimReviews({ ...sampleReport, article: { ...sampleReport.article, language: "ar" } }),
  ];
  const pending = new Set<string>();

  it("uses only schema.org classes and properties, on the right types, with values in range", () => {
    for (const review of reviews) {
      const { problems, pendingTerms } = checkSchemaOrgJsonLd(review, vocabulary);
      pendingTerms.forEach((term) => pending.add(term));
      expect(problems, String(review.url)).toEqual([]);
    }
    console.log(
      `[schema.org] ${reviews.length} ClaimReviews valid; pending-area terms used: ${[...pending].sort().join(", ") || "none"}`,
    );
  });

  it("the checker catches what it claims to catch", () => {
    const broken = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: 42,
      headline: "fine: CreativeWork property",
      ratingValue: 3,
      madeUpProperty: "x",
      author: { "@type": "Rating", name: "wrong type" },
      datePublished: "07/03/2025",
      itemReviewed: { "@type": "Text" },
    };
    const { problems } = checkSchemaOrgJsonLd(broken, vocabulary);
    expect(problems.join("\n")).toMatch(/claimReviewed: number 42/);
    expect(problems.join("\n")).toMatch(/ratingValue" is not defined for ClaimReview/);
    expect(problems.join("\n")).toMatch(/madeUpProperty" is not a schema.org property/);
    expect(problems.join("\n")).toMatch(/author: a Rating fits none of Organization, Person/);
    expect(problems.join("\n")).toMatch(/datePublished: string "07\/03\/2025"/);
    expect(problems.join("\n")).toMatch(/@type "Text" is not a schema.org class/);
    expect(problems.some((p) => p.includes("headline"))).toBe(false);
  });

  it("meets Google's required and recommended fact-check fields", () => {
    for (const review of reviews) {
      const rating = node(review.reviewRating);
      const claim = node(review.itemReviewed);
      // Required.
      expect(typeof review.claimReviewed === "string" && review.claimReviewed.length > 0).toBe(true);
      expect(typeof rating.alternateName === "string" && rating.alternateName.length > 0).toBe(true);
      expect(new URL(String(review.url)).host).toBe(new URL(sampleReport.organization.url).host);
      // Recommended.
      expect(node(review.author)).toMatchObject({
        "@type": "Organization",
        name: expect.any(String),
        url: expect.any(String),
      });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(claim["@type"]).toBe("Claim");
      expect(claim.appearance).toBeDefined();
      expect(Number(rating.bestRating)).toBeGreaterThan(Number(rating.worstRating));
      expect(Number(rating.ratingValue)).toBeGreaterThanOrEqual(Number(rating.worstRating));
      expect(Number(rating.ratingValue)).toBeLessThanOrEqual(Number(rating.bestRating));
    }
  });

  it("the paged feed is a schema.org DataFeed plus only the documented Hydra paging terms", () => {
    for (const page of [1, 2]) {
      const feed = buildClaimReviewFeed([sampleReport, secondReport], page, 4, FEED_URL);
      expect(feed["@context"]).toEqual(["https://schema.org", { hydra: "http://www.w3.org/ns/hydra/core#" }]);
      expect(checkSchemaOrgJsonLd(feed, vocabulary, HYDRA_TERMS).problems).toEqual([]);
    }
    const feed = buildClaimReviewFeed([sampleReport], 1, 4, FEED_URL);
    expect(checkSchemaOrgJsonLd(feed, vocabulary).problems.join("\n")).toMatch(
      /hydra:view" is neither schema.org nor a documented extension term/,
    );
    expect(checkSchemaOrgJsonLd({ ...feed, "hydra:member": [] }, vocabulary, HYDRA_TERMS).problems).toHaveLength(1);
  });
});
