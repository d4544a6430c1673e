import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { searchClaims } from "./data";
import { parseSearchParams } from "./schema";

// Search in each article's language (migration 20261203117100_search_language), on the real server and the embedded
// one alike (this file runs on whichever the integration project uses: DATABASE_URL set → PostgreSQL, else PGlite).
const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;

const search = async (q: string) => {
  const parsed = parseSearchParams({ q });
  if (parsed.kind !== "ok") throw new Error(`not a search: ${JSON.stringify(parsed)}`);
  return (await searchClaims(demo.orgId, parsed.query)).hits.map((h) => h.quote);
};

const SPANISH = "El ministerio publicó las verificaciones de los datos con retraso";
const ENGLISH = "The ministry was running a con on voters about the published figures";
const ARABIC = "نشرت الوزارة التحقق من الأرقام بعد تأخير";
const HEBREW = "המשרד פרסם את הנתונים באיחור";

async function articleWithClaim(language: string | null, title: string, quote: string) {
  const reviewer = demo.users.REVIEWER.id;
  const article = await t.db.article.create({
    data: { orgId: demo.orgId, title, language, createdById: reviewer },
  });
  const version = await t.db.articleVersion.create({
    data: { articleId: article.id, number: 1, text: quote, contentHash: article.id, createdById: reviewer },
  });
  const claim = await t.db.claim.create({
    data: {
      orgId: demo.orgId,
      articleId: article.id,
      versionId: version.id,
      selectors: [],
      quote,
      start: 0,
      end: quote.length,
      createdById: reviewer,
    },
  });
  return { article, claim };
}

const configOf = async (table: "Article" | "Claim" | "Verdict", id: string) =>
  (
    await t.db.$queryRawUnsafe<{ config: string }[]>(
      `SELECT "searchConfig"::text AS config FROM "${table}" WHERE "id" = $1`,
      id,
    )
  )[0].config;

let spanish: Awaited<ReturnType<typeof articleWithClaim>>;

afterAll(() => {
  vi.unstubAllEnvs();
});

beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", t.url);
  demo = await seedDemoData(t.db);
  spanish = await articleWithClaim("es", "Retrasos en el ministerio", SPANISH);
  await articleWithClaim("en", "Voters misled", ENGLISH);
  await articleWithClaim("ar", "تأخير الوزارة", ARABIC);
  await articleWithClaim("he", "עיכוב במשרד", HEBREW);
  await articleWithClaim(null, "No language yet", "Verification of the published figures is pending");
});

describe("search in the article's language", () => {
  it("indexes each row with its article's configuration, simple where PostgreSQL has none", async () => {
    expect(await configOf("Article", spanish.article.id)).toBe("spanish");
    expect(await configOf("Claim", spanish.claim.id)).toBe("spanish");
    const rows = await t.db.$queryRawUnsafe<{ quote: string; config: string }[]>(
      `SELECT "quote", "searchConfig"::text AS config FROM "Claim" WHERE "orgId" = $1 AND "quote" = ANY($2)`,
      demo.orgId,
      [ENGLISH, ARABIC, HEBREW],
    );
    expect(Object.fromEntries(rows.map((r) => [r.quote, r.config]))).toEqual({
      [ENGLISH]: "english",
      [ARABIC]: "arabic",
      [HEBREW]: "simple",
    });
  });

  it("finds a Spanish claim by another inflection of its word", async () => {
    expect(await search("verificación")).toEqual([SPANISH]);
    expect(await search("verificaciones")).toEqual([SPANISH]);
    expect(await search("publicado")).toEqual([SPANISH]); // publicó → public
  });

  it("finds an English claim by its stem, and not through Spanish stems", async () => {
    expect(await search("publishing figure")).toEqual(expect.arrayContaining([ENGLISH]));
    expect(await search("runs")).toEqual([ENGLISH]);
    // "verification" in English is stemmed to "verif" too: the article with no language (simple) does not stem
    expect(await search("verifications")).toEqual([]);
    expect(await search("Verification")).toEqual(["Verification of the published figures is pending"]);
  });

  it("matches Arabic with the Arabic stemmer (the article prefix) and Hebrew word for word", async () => {
    expect(await search("تحقق")).toEqual([ARABIC]);
    expect(await search("الوزارة")).toEqual([ARABIC]);
    expect(await search("הנתונים")).toEqual([HEBREW]);
    expect(await search("נתונים")).toEqual([]); // simple: no prefix stripping
  });

  it("a stop word of one language is no match in it, while it is a word in another", async () => {
    // "con" is a Spanish stop word ("with") and an English word (a swindle)
    expect(await search("con")).toEqual([ENGLISH]);
    expect(await search("los")).toEqual([]);
    // "the" is an English stop word: not a match in the English claim, still one in text matched word for word
    expect(await search("the")).not.toContain(ENGLISH);
    expect(await search("the")).toContain("Verification of the published figures is pending");
  });

  it("follows a change of the article's language: its claims and verdicts are indexed again", async () => {
    const option = demo.scales.fiveLevel.options[0];
    await t.db.verdict.create({
      data: {
        claimId: spanish.claim.id,
        optionId: option.id,
        rationale: "Las verificaciones llegaron tarde",
        authorId: demo.users.REVIEWER.id,
      },
    });
    expect(
      await configOf("Verdict", (await t.db.verdict.findUniqueOrThrow({ where: { claimId: spanish.claim.id } })).id),
    ).toBe("spanish");
    await t.db.article.update({ where: { id: spanish.article.id }, data: { language: "pt" } });
    expect(await configOf("Claim", spanish.claim.id)).toBe("portuguese");
    const verdict = await t.db.verdict.findUniqueOrThrow({ where: { claimId: spanish.claim.id } });
    expect(await configOf("Verdict", verdict.id)).toBe("portuguese");
    await t.db.article.update({ where: { id: spanish.article.id }, data: { language: "es" } });
    expect(await configOf("Verdict", verdict.id)).toBe("spanish");
    expect(await search("llegaron")).toEqual([SPANISH]);
  });

  it("each configuration's rows are found through that configuration's partial index", async () => {
    const plan = await t.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT "id" FROM "Claim" c WHERE (
          (c."searchConfig" = 'spanish'::regconfig AND to_tsvector('spanish'::regconfig, c."quote") @@ websearch_to_tsquery('spanish'::regconfig, $1))
          OR (c."searchConfig" = 'english'::regconfig AND to_tsvector('english'::regconfig, c."quote") @@ websearch_to_tsquery('english'::regconfig, $1)))`,
        "verificación",
      );
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("Claim_quote_search_spanish_idx");
    expect(plan).toContain("Claim_quote_search_english_idx");
  });

  it("the demo article is English: its searches still find names and stems", async () => {
    expect(await search("Szechenyi")).toHaveLength(1);
    expect(await search("protecting")).toContain("We have to protect them, but they don't have to protect us");
  });
});
