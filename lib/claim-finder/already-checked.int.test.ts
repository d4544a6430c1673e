import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { locateConformanceData } from "@/test/conformance/locate";
import { checkSchemaOrgJsonLd, loadSchemaOrgVocabulary } from "@/test/conformance/schema-org-checker";
import { seedDemoData } from "@/lib/seed/demo";
import { createArticle } from "@/lib/articles/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { loadClaimReviewFeed } from "@/lib/reports/claim-review-feed";
import { parseClaimReviews } from "./claim-review-import";
import { saveExternalReviews } from "./external-reviews";
import { findOwnSimilarClaims, findSimilarChecks } from "./similar";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
const reviewer = () => ({ userId: demo.users.REVIEWER.id, orgId: demo.orgId });
const admin = () => ({ userId: demo.users.ADMIN.id, orgId: demo.orgId });

// the seeded, published claim: "a Pentagon statement urged Japan to increase its defence spending by three per cent of gross domestic product"
const REWORDED = "Japan was urged by the Pentagon to raise defence spending to 3% of GDP, a statement said.";

async function claimOn(text: string, sentence: string) {
  const { articleId } = await createArticle(reviewer(), {
    title: `Article ${Math.random()}`,
    outlet: null,
    author: null,
    originalPublishedAt: null,
    originalUrl: null,
    text,
    html: null,
  });
  const article = await t.db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { currentVersionId: true },
  });
  const start = text.indexOf(sentence);
  return createClaim(reviewer(), {
    articleId,
    versionId: article.currentVersionId!,
    start,
    end: start + sentence.length,
  });
}

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

describe("already checked: our own archive", () => {
  it("finds the published claim behind a reworded one, with verdict, date, article and citations to copy", async () => {
    const claim = await claimOn(`Defence news.\n${REWORDED}`, REWORDED);
    const checks = await findSimilarChecks(demo.orgId, claim.id);
    const own = checks.filter((c) => c.kind === "own");
    expect(own[0]).toMatchObject({
      kind: "own",
      articleId: demo.articleId,
      quote:
        "a Pentagon statement urged Japan to increase its defence spending by three per cent of gross domestic product",
    });
    if (own[0].kind !== "own") throw new Error("unreachable");
    expect(own[0].verdict).toBeTruthy();
    expect(own[0].citations.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThanOrEqual(5);
  });

  it("never matches a negation of a published claim", async () => {
    const trap =
      "A Pentagon statement did not urge Japan to increase its defence spending by three per cent of gross domestic product.";
    const rows = await findOwnSimilarClaims(demo.orgId, trap, null);
    expect(rows.map((r) => r.quote)).not.toContain(
      "a Pentagon statement urged Japan to increase its defence spending by three per cent of gross domestic product",
    );
  });

  it("shows nothing of another organization, nothing unpublished, and not the claim itself", async () => {
    const claim = await claimOn(`Defence news.\n${REWORDED}`, REWORDED);
    const theirs = await findSimilarChecks(other.orgId, claim.id);
    expect(theirs).toEqual([]); // the claim is ours: another organization gets nothing for it
    const ownOnly = await findOwnSimilarClaims(other.orgId, REWORDED, null);
    expect(ownOnly.every((r) => r.articleId === other.articleId)).toBe(true);
    const inReview = await t.db.claim.findUniqueOrThrow({ where: { id: demo.claimIds[4] }, select: { quote: true } });
    const rows = await findOwnSimilarClaims(demo.orgId, inReview.quote, null);
    expect(rows.map((r) => r.claimId)).not.toContain(demo.claimIds[4]);
    const self = await findSimilarChecks(demo.orgId, demo.claimIds[3]);
    expect(self.some((c) => c.kind === "own" && c.claimId === demo.claimIds[3])).toBe(false);
  });
});

describe("already checked: other fact-checkers", () => {
  it("imports another organization's published ClaimReview feed; it shows as external, and a re-import updates", async () => {
    const feed = await loadClaimReviewFeed("other", 1, 100);
    const vocabularyFile = locateConformanceData(
      "schemaorg/schemaorg-current-https.jsonld",
      "schema.org vocabulary for ClaimReview import",
    );
    if (vocabularyFile) {
      // every review we accept is valid schema.org: check the items the importer read against the vocabulary
      const vocabulary = loadSchemaOrgVocabulary(vocabularyFile);
      for (const item of feed.dataFeedElement as unknown[])
        expect(
          checkSchemaOrgJsonLd({ "@context": "https://schema.org", ...(item as object) }, vocabulary).problems,
        ).toEqual([]);
    }
    const parsed = parseClaimReviews(JSON.stringify(feed));
    expect(parsed.reviews.length).toBe(4);
    const first = await saveExternalReviews(
      admin(),
      parsed.reviews,
      "https://other.example/feeds/other/claimreview",
      parsed.skipped.length,
    );
    expect(first).toEqual({ added: 4, updated: 0, skipped: 0 });
    const again = await saveExternalReviews(
      admin(),
      parsed.reviews,
      "https://other.example/feeds/other/claimreview",
      0,
    );
    expect(again).toEqual({ added: 0, updated: 4, skipped: 0 });
    expect(await t.db.externalReview.count({ where: { orgId: demo.orgId } })).toBe(4);
    expect(await t.db.externalReview.count({ where: { orgId: other.orgId } })).toBe(0);

    const claim = await claimOn(`Defence news.\n${REWORDED}`, REWORDED);
    const external = (await findSimilarChecks(demo.orgId, claim.id)).filter((c) => c.kind === "external");
    expect(external[0]).toMatchObject({
      kind: "external",
      publisher: expect.stringContaining("Demo"),
      claim: expect.stringContaining("Pentagon"),
    });
    expect(await t.db.auditEvent.count({ where: { orgId: demo.orgId, action: "external_reviews.imported" } })).toBe(2);
  });
});
