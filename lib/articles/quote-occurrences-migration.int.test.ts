import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { describeRange } from "@/lib/anchoring/anchor";

// Migration 20261203140400_quote_occurrences on claims saved before it: each TextQuoteSelector gets the number of
// times its quote stands in the claim's version text, counted as describeRange counts (overlapping copies too); a
// quote that is not in its version's text (imported while flagged) and a selector that already has a count keep theirs.
const MIGRATION = "20261203140400_quote_occurrences";
const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const schema = `m_${randomBytes(6).toString("hex")}`;
const client = new pg.Client({ connectionString: inject("databaseUrl") });
const run = (m: string) =>
  client.query(`SET search_path TO "${schema}"; ${readFileSync(path.join(dir, m, "migration.sql"), "utf8")}`);

const TEXT =
  "Rents rose 4 percent, the agency said. Bus fares rose too. Rents rose 4 percent, the agency said.\n" +
  "Shares fell in a “ha ha ha” market 📉 today. Bus fares rose too. Bus fares rose too.";

/** The selectors describeRange writes today, without the count (as they were saved before the migration). */
function selectorsBefore(words: string, nth = 0): { selectors: object[]; start: number; end: number } {
  let start = TEXT.indexOf(words);
  for (let i = 0; i < nth; i++) start = TEXT.indexOf(words, start + 1);
  const end = start + words.length;
  const selectors = describeRange(TEXT, start, end).map((selector) => {
    if (selector.type !== "TextQuoteSelector") return selector;
    const { occurrences: _counted, ...saved } = selector;
    return saved;
  });
  return { selectors, start, end };
}

beforeAll(async () => {
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  for (const m of readdirSync(dir)
    .filter((d) => /^\d+_/.test(d) && d < MIGRATION)
    .sort())
    await run(m);
});
afterAll(async () => {
  await client.query(`DROP SCHEMA "${schema}" CASCADE`);
  await client.end();
});

it("counts each claim's quote in its version's text, as describeRange does", async () => {
  const claims = {
    unique: selectorsBefore("Shares fell in a"),
    twice: selectorsBefore("Rents rose 4 percent, the agency said.", 1),
    thrice: selectorsBefore("Bus fares rose too.", 2),
    overlapping: selectorsBefore("ha ha"),
    // imported while flagged: its selectors describe an older text this version does not contain
    elsewhere: {
      selectors: [
        { type: "TextQuoteSelector", exact: "Words from an older version.", prefix: "", suffix: "" },
        { type: "TextPositionSelector", start: 0, end: 28 },
      ],
      start: 0,
      end: 28,
    },
    counted: {
      selectors: [{ type: "TextQuoteSelector", exact: "Bus fares rose too.", prefix: "", suffix: "", occurrences: 7 }],
      start: 0,
      end: 19,
    },
  };
  await client.query(`SET search_path TO "${schema}";
    INSERT INTO "Organization"(id, name, slug) VALUES ('o', 'O', 'o');
    INSERT INTO "User"(id, email, name, "passwordHash", "updatedAt") VALUES ('u', 'u@x', 'U', 'x', now());
    INSERT INTO "Article"(id, "orgId", title, "createdById", "updatedAt") VALUES ('a', 'o', 'A', 'u', now())`);
  await client.query(
    `INSERT INTO "${schema}"."ArticleVersion"(id, "articleId", number, text, "contentHash", "createdById")
     VALUES ('v', 'a', 1, $1, 'h', 'u')`,
    [TEXT],
  );
  for (const [id, claim] of Object.entries(claims)) {
    await client.query(
      `INSERT INTO "${schema}"."Claim"(id, "orgId", "articleId", "versionId", selectors, quote, start, "end", "createdById", "updatedAt")
       VALUES ($1, 'o', 'a', 'v', $2, $3, $4, $5, 'u', now())`,
      [id, JSON.stringify(claim.selectors), (claim.selectors[0] as { exact: string }).exact, claim.start, claim.end],
    );
  }

  await run(MIGRATION);

  const { rows } = await client.query(`SELECT id, selectors FROM "${schema}"."Claim"`);
  const after = Object.fromEntries(rows.map((row) => [row.id, row.selectors]));
  for (const id of ["unique", "twice", "thrice", "overlapping"] as const) {
    const { start, end } = claims[id];
    expect(after[id], id).toEqual(describeRange(TEXT, start, end));
  }
  expect(after.unique[0].occurrences).toBe(1);
  expect(after.twice[0].occurrences).toBe(2);
  expect(after.thrice[0].occurrences).toBe(3);
  expect(after.overlapping[0].occurrences).toBe(2);
  expect(after.elsewhere).toEqual(claims.elsewhere.selectors);
  expect(after.counted).toEqual(claims.counted.selectors);
  // the counting function was only for the migration
  const { rows: functions } = await client.query(
    `SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1 AND p.proname = 'factdesk_count_occurrences'`,
    [schema],
  );
  expect(functions).toEqual([]);
});
