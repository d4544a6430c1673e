import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { saveExternalReviews } from "./external-reviews";
import { findExternalSimilarReviews, findOwnSimilarClaims } from "./similar";
import type { ExternalReviewInput } from "./claim-review-import";

// "Already checked" candidates (prisma/migrations/*matching_candidates): before a table's first ANALYZE the trigram
// index finds them; after it, probes into the stem index chosen by the statistics' stem frequencies. Both must give
// the same answers.
const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
const admin = () => ({ userId: demo.users.ADMIN.id, orgId: demo.orgId });

const TARGET = "Petrol prices have doubled since the minister took office.";
// shares no rare word with TARGET, only four common ones (minist, price, sinc, twice): found through a pair
const REWORDED = "Fuel prices have doubled since the minister came to power.";
const NEGATED = "Petrol prices have not doubled since the minister took office.";
const PLACES = ["Oslo", "Lima", "Accra", "Hanoi", "Quito", "Perth", "Turin", "Leeds", "Kazan", "Dakar"];

// 1,200 reviews, each holding exactly one of the four common words: each is in a quarter of the rows (too common to
// look up alone within the budget), while no review but TARGET holds two of them
function fillerReviews(): ExternalReviewInput[] {
  const sentences = [
    (i: number) => `The minister visited ${PLACES[i % 10]} district ${i} on Tuesday.`,
    (i: number) => `Prices in ${PLACES[i % 10]} district ${i} were stable.`,
    (i: number) => `Since March ${PLACES[i % 10]} district ${i} has opened a library.`,
    (i: number) => `The ${PLACES[i % 10]} district ${i} budget doubled.`,
  ];
  return Array.from({ length: 1200 }, (_, i) => ({
    url: `https://checks.example/filler/${i}`,
    publisher: "Checks Example",
    claimText: sentences[i % 4](i),
    rating: "True",
    claimant: null,
    reviewedAt: null,
  }));
}

async function probesFor(text: string, table: "ClaimPublication" | "ExternalReview") {
  const [row] = await t.db.$queryRawUnsafe<{ probes: string[] | null }[]>(
    `SELECT factdesk_match_probes(string_to_array(factdesk_match_text($1), ' '), $2::regclass, 250) AS probes`,
    text,
    `"${table}"`,
  );
  return row.probes;
}

beforeAll(async () => {
  // the first test needs the table unanalyzed until it says so: no autovacuum ANALYZE in between on the real server
  await t.db.$executeRawUnsafe(`ALTER TABLE "ExternalReview" SET (autovacuum_enabled = false)`);
  await t.db.$executeRawUnsafe(`ALTER TABLE "ClaimPublication" SET (autovacuum_enabled = false)`);
  demo = await seedDemoData(t.db);
  const reviews: ExternalReviewInput[] = [
    ...fillerReviews(),
    { ...fillerReviews()[0], url: "https://checks.example/petrol", claimText: TARGET },
  ];
  await saveExternalReviews(admin(), reviews, "https://checks.example/feed", 0);
});

describe("already checked: candidates", () => {
  it("finds the same reviews from the trigram index before ANALYZE and from stem probes after it", async () => {
    const urls = async (text: string) =>
      (await findExternalSimilarReviews(demo.orgId, text)).map((r) => r.url.replace("https://checks.example/", ""));

    expect(await probesFor(REWORDED, "ExternalReview")).toBeNull();
    const before = { reworded: await urls(REWORDED), negated: await urls(NEGATED), target: await urls(TARGET) };
    expect(before.reworded[0]).toBe("petrol");
    expect(before.negated).not.toContain("petrol");

    await t.db.$executeRawUnsafe(`ANALYZE "ExternalReview"`);
    const probes = await probesFor(REWORDED, "ExternalReview");
    // its words not in any review (came, fuel, power) alone; the common ones only in pairs
    expect(probes).toEqual(expect.arrayContaining(["came", "fuel", "power"]));
    expect(probes!.some((p) => p.includes(" "))).toBe(true);
    expect(probes).not.toContain("minist");
    expect({ reworded: await urls(REWORDED), negated: await urls(NEGATED), target: await urls(TARGET) }).toEqual(
      before,
    );
  });

  it("looks a common stem up alone only within the budget, and a claim of stop words up nowhere", async () => {
    await t.db.$executeRawUnsafe(`ANALYZE "ExternalReview"`);
    // "district" is in every review: alone it would be 1,201 candidates; "oslo" (120 rows) fits the budget
    const probes = await probesFor("The Oslo district.", "ExternalReview");
    expect(probes).toEqual(["oslo"]);
    expect(await probesFor("It was what it was.", "ExternalReview")).toEqual([]);
    expect(await findExternalSimilarReviews(demo.orgId, "It was what it was.")).toEqual([]);
  });

  it("finds our own published claim through the stem probes once the publications are analyzed", async () => {
    const quote =
      "a Pentagon statement urged Japan to increase its defence spending by three per cent of gross domestic product";
    const reworded = "Japan was urged by the Pentagon to raise defence spending to 3% of GDP, a statement said.";
    const before = (await findOwnSimilarClaims(demo.orgId, reworded, null)).map((r) => r.quote);
    expect(before[0]).toBe(quote);
    await t.db.$executeRawUnsafe(`ANALYZE "ClaimPublication"`);
    expect(await probesFor(reworded, "ClaimPublication")).not.toBeNull();
    expect((await findOwnSimilarClaims(demo.orgId, reworded, null)).map((r) => r.quote)).toEqual(before);
  });
});
