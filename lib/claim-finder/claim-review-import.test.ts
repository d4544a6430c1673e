import { describe, expect, it } from "vitest";
import { ClaimReviewImportError, MAX_CLAIM_REVIEW_FILE_BYTES, parseClaimReviews } from "./claim-review-import";

const review = (over: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://checker.example/checks/1",
  claimReviewed: "Unemployment fell to 3 percent in 2024.",
  reviewRating: { "@type": "Rating", alternateName: "Misleading", ratingValue: 2 },
  author: { "@type": "Organization", name: "Checker Example" },
  datePublished: "2025-01-10",
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "The minister" } },
  ...over,
});

describe("parseClaimReviews", () => {
  it("reads one ClaimReview with its publisher, rating, claimant and date", () => {
    const { reviews, skipped } = parseClaimReviews(JSON.stringify(review()));
    expect(skipped).toEqual([]);
    expect(reviews).toEqual([
      {
        url: "https://checker.example/checks/1",
        publisher: "Checker Example",
        claimText: "Unemployment fell to 3 percent in 2024.",
        rating: "Misleading",
        claimant: "The minister",
        reviewedAt: new Date("2025-01-10"),
      },
    ]);
  });

  it("finds reviews in a list, a @graph, our DataFeed and Google's DataFeedItem feed, following hydra:next", () => {
    const two = [review(), review({ url: "https://checker.example/checks/2" })];
    expect(parseClaimReviews(JSON.stringify(two)).reviews).toHaveLength(2);
    expect(parseClaimReviews(JSON.stringify({ "@context": "https://schema.org", "@graph": two })).reviews).toHaveLength(
      2,
    );
    const ours = {
      "@type": "DataFeed",
      dataFeedElement: two,
      "hydra:view": { "hydra:next": { "@id": "https://checker.example/feed?page=2" } },
    };
    expect(parseClaimReviews(JSON.stringify(ours))).toMatchObject({ nextPage: "https://checker.example/feed?page=2" });
    const google = {
      "@type": "DataFeed",
      dataFeedElement: [
        { "@type": "DataFeedItem", item: [two[0]] },
        { "@type": "DataFeedItem", item: two[1] },
      ],
    };
    expect(parseClaimReviews(JSON.stringify(google)).reviews.map((r) => r.url)).toEqual([
      "https://checker.example/checks/1",
      "https://checker.example/checks/2",
    ]);
  });

  it("falls back to the rating's name or value, and to the site's host for a review without publisher", () => {
    const [r] = parseClaimReviews(
      JSON.stringify(review({ reviewRating: { ratingValue: 1 }, author: undefined })),
    ).reviews;
    expect(r).toMatchObject({ rating: "1", publisher: "checker.example" });
  });

  it("skips, with the reason, a review that lacks what is needed or carries a dangerous URL or non-text", () => {
    const { reviews, skipped } = parseClaimReviews(
      JSON.stringify([
        review({ url: "javascript:alert(1)" }),
        review({ url: "https://checker.example/3", claimReviewed: "" }),
        review({ url: "https://checker.example/4", reviewRating: {} }),
        review({ url: "https://checker.example/5", claimReviewed: "bad \u0000 text" }),
        review({ url: "https://checker.example/6", claimReviewed: "lone \uD800 surrogate" }),
        review({ url: "https://checker.example/7" }),
      ]),
    );
    expect(reviews.map((r) => r.url)).toEqual(["https://checker.example/7"]);
    expect(skipped.map((s) => s.reason)).toEqual([
      "url is not an http(s) URL",
      "claimReviewed This field is required.",
      "reviewRating has no alternateName, name or ratingValue",
      "claimReviewed contains characters that are not text",
      "claimReviewed contains characters that are not text",
    ]);
  });

  it("refuses a document that is not JSON, holds no review, or is too large", () => {
    expect(() => parseClaimReviews("<html>")).toThrow(ClaimReviewImportError);
    expect(() => parseClaimReviews(JSON.stringify({ "@type": "Article" }))).toThrow("holds no schema.org ClaimReview");
    expect(() => parseClaimReviews(" ".repeat(MAX_CLAIM_REVIEW_FILE_BYTES + 1))).toThrow("larger than");
  });

  it("does not walk into deeply nested documents (10,000 levels) and does not crash on them", () => {
    const deep = "[".repeat(10_000) + JSON.stringify(review()) + "]".repeat(10_000);
    expect(() => parseClaimReviews(deep)).toThrow(ClaimReviewImportError);
  });
});
