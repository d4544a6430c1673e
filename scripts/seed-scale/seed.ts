import { performance } from "node:perf_hooks";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/lib/seed/demo";

// One organization at list scale (issue 17): by default 10,000 articles and 200,000 claims, about three in five
// with a verdict. The demo seed makes the organization, its members (the demo password) and its rating scales; every
// article, version, claim and verdict then comes from a handful of INSERT … SELECT FROM generate_series statements,
// so PostgreSQL builds the rows itself and nothing crosses the wire row by row.
// Idempotent: a complete organization of that slug is left as it is; a partial one (an interrupted run) is removed
// with its members and made again.

export type ScaleOptions = { slug: string; articles: number; claimsPerArticle: number; log?: (line: string) => void };
export type ScaleResult = {
  orgId: string;
  created: boolean;
  articles: number;
  claims: number;
  verdicts: number;
  published: number;
  seconds: number;
};

const OUTLETS = ["Daily Ledger", "Evening Post", "Harbour Times", "Metro Wire", "National Courier", "Northern Echo"];
const SUBJECTS = ["Budget", "Hospital", "Railway", "Housing", "Tax", "School", "Energy", "Water", "Police", "Airport"];
const VERBS = ["plan", "claims", "figures", "promise", "record", "row", "costs", "deal", "review", "audit"];
const BATCH = 1_000; // articles per statement: 20,000 claims at the default density

/** "Claim 001 of article 000001 says the rate rose by 042 percent." Every sentence has the same length. */
const SENTENCE = `format('Claim %s of article %s says the rate rose by %s percent.', lpad(k::text, 3, '0'), lpad(g::text, 6, '0'), lpad(((g * 31 + k * 17) % 1000)::text, 3, '0'))`;
const SENTENCE_LENGTH = "Claim 001 of article 000001 says the rate rose by 042 percent.".length;
const CONTEXT = 32; // characters of prefix and suffix in a TextQuoteSelector (lib/anchoring)

export async function seedScale(db: PrismaClient, options: ScaleOptions): Promise<ScaleResult> {
  const { slug, articles, claimsPerArticle } = options;
  const log = options.log ?? (() => {});
  if (!/^[a-z0-9-]{1,40}$/.test(slug))
    throw new Error(`The slug must be lowercase letters, digits and dashes: ${slug}`);
  if (claimsPerArticle > 999) throw new Error("At most 999 claims per article.");
  const t0 = performance.now();
  const emailDomain = `${slug}.example`;
  const existing = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  if (existing) {
    const [a, c] = await Promise.all([
      db.article.count({ where: { orgId: existing.id } }),
      db.claim.count({ where: { orgId: existing.id } }),
    ]);
    // the demo seed's own article and claims come on top of the generated ones
    const demoClaims = await db.claim.count({
      where: { orgId: existing.id, id: { not: { startsWith: `${slug}-c` } } },
    });
    if (a === articles + 1 && c === articles * claimsPerArticle + demoClaims) {
      return { ...(await describe(db, existing.id, slug)), created: false, seconds: (performance.now() - t0) / 1000 };
    }
    log(`Found an incomplete "${slug}" (${a} articles, ${c} claims): removing it and starting again.`);
    await db.organization.delete({ where: { id: existing.id } });
    await db.user.deleteMany({ where: { email: { endsWith: `@${emailDomain}` } } });
  }
  const demo = await seedDemoData(db, { slug, emailDomain });
  const orgId = demo.orgId;
  const author = demo.users.REVIEWER.id;
  const options5 = demo.scales.fiveLevel.options.map((o) => o.id);
  const p = `${slug}-`;
  for (let from = 1; from <= articles; from += BATCH) {
    const to = Math.min(articles, from + BATCH - 1);
    await db.$transaction(
      async (tx) => {
        // Article g: updated every 3 hours back from 1 Dec 2026 (pairs share a time: ties for the id to break), two in
        // three published a few days after the original, one in eleven without an original date
        await tx.$executeRawUnsafe(
          `INSERT INTO "Article" ("id", "orgId", "title", "outlet", "author", "status", "originalPublishedAt", "publishedAt", "createdById", "createdAt", "updatedAt")
         SELECT $1 || 'a' || g, $2,
           (ARRAY[${SUBJECTS.map((s) => `'${s}'`).join(",")}])[1 + (g * 7) % ${SUBJECTS.length}] || ' ' ||
             (ARRAY[${VERBS.map((s) => `'${s}'`).join(",")}])[1 + (g * 13) % ${VERBS.length}] || ' checked (' || g || ')',
           (ARRAY[${OUTLETS.map((s) => `'${s}'`).join(",")}])[1 + g % ${OUTLETS.length}],
           'Reporter ' || (g % 97),
           CASE WHEN g % 3 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END::"ArticleStatus",
           CASE WHEN g % 11 = 0 THEN NULL ELSE TIMESTAMP '2026-11-30' - ((g / 2) * INTERVAL '3 hours') - INTERVAL '2 days' END,
           CASE WHEN g % 3 = 0 THEN NULL ELSE TIMESTAMP '2026-11-30' - ((g / 2) * INTERVAL '3 hours') + (g % 5) * INTERVAL '1 day' END,
           $3, TIMESTAMP '2026-11-30' - ((g / 2) * INTERVAL '3 hours'), TIMESTAMP '2026-12-01' - ((g / 2) * INTERVAL '3 hours')
         FROM generate_series($4::int, $5::int) g`,
          p,
          orgId,
          author,
          from,
          to,
        );
        await tx.$executeRawUnsafe(
          `INSERT INTO "ArticleVersion" ("id", "articleId", "number", "text", "contentHash", "createdById", "createdAt")
         SELECT $1 || 'v' || g, $1 || 'a' || g, 1, t.text, md5(t.text), $2, TIMESTAMP '2026-11-30'
         FROM generate_series($3::int, $4::int) g,
           LATERAL (SELECT string_agg(${SENTENCE}, ' ' ORDER BY k) AS text FROM generate_series(1, $5::int) k) t`,
          p,
          author,
          from,
          to,
          claimsPerArticle,
        );
        await tx.$executeRawUnsafe(
          `UPDATE "Article" a SET "currentVersionId" = $1 || 'v' || substr(a."id", length($1) + 2),
           "publishedVersionId" = CASE WHEN a."status" = 'PUBLISHED' THEN $1 || 'v' || substr(a."id", length($1) + 2) END,
           "publishedMeta" = CASE WHEN a."status" = 'PUBLISHED' THEN jsonb_build_object('title', a."title", 'outlet', a."outlet",
             'author', a."author", 'originalPublishedAt', to_char(a."originalPublishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'originalUrl', a."originalUrl") END
         WHERE a."orgId" = $2 AND a."id" IN (SELECT $1 || 'a' || g FROM generate_series($3::int, $4::int) g)`,
          p,
          orgId,
          from,
          to,
        );
        // claims: sentence k of article g, with the selectors lib/anchoring's describeRange would write (each sentence
        // is once in its article: its own number is in it); states mix
        // draft, in review and approved (none published: readers of the scale organization see no unapproved check)
        await tx.$executeRawUnsafe(
          `INSERT INTO "Claim" ("id", "orgId", "articleId", "versionId", "selectors", "quote", "start", "end", "state", "assigneeId", "createdById", "createdAt", "updatedAt")
         SELECT $1 || 'c' || g || '-' || k, $2, $1 || 'a' || g, $1 || 'v' || g,
           jsonb_build_array(
             jsonb_build_object('type', 'TextQuoteSelector', 'exact', ${SENTENCE},
               'prefix', substr(v."text", greatest(s.start - ${CONTEXT}, 0) + 1, s.start - greatest(s.start - ${CONTEXT}, 0)),
               'suffix', substr(v."text", s.start + ${SENTENCE_LENGTH} + 1, ${CONTEXT}),
               'occurrences', 1),
             jsonb_build_object('type', 'TextPositionSelector', 'start', s.start, 'end', s.start + ${SENTENCE_LENGTH})),
           ${SENTENCE}, s.start, s.start + ${SENTENCE_LENGTH},
           (ARRAY['DRAFT', 'IN_REVIEW', 'APPROVED'])[1 + (g + k) % 3]::"ClaimState",
           CASE WHEN k % 4 = 0 THEN $3 END, $3, TIMESTAMP '2026-11-30', TIMESTAMP '2026-11-30'
         FROM generate_series($4::int, $5::int) g
           JOIN "ArticleVersion" v ON v."id" = $1 || 'v' || g,
           generate_series(1, $6::int) k,
           LATERAL (SELECT (k - 1) * ${SENTENCE_LENGTH + 1} AS start) s`,
          p,
          orgId,
          author,
          from,
          to,
          claimsPerArticle,
        );
        // a verdict on three claims in five, spread over the five-level scale
        await tx.$executeRawUnsafe(
          `INSERT INTO "Verdict" ("id", "claimId", "optionId", "rationale", "authorId", "createdAt", "updatedAt")
         SELECT $1 || 'c' || g || '-' || k || 'v', $1 || 'c' || g || '-' || k, ($2::text[])[1 + (g * 3 + k) % 5],
           'Checked against the published figures.', $3, TIMESTAMP '2026-11-30', TIMESTAMP '2026-11-30'
         FROM generate_series($4::int, $5::int) g, generate_series(1, $6::int) k
         WHERE (g + k) % 5 < 3`,
          p,
          options5,
          author,
          from,
          to,
          claimsPerArticle,
        );
      },
      { timeout: 120_000 },
    );
    log(`  articles ${from}-${to} of ${articles}`);
  }
  // VACUUM too: it marks the new pages all-visible, so index-only scans (My work's review lists) work at once
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Article", "ArticleVersion", "Claim", "Verdict"`);
  return { ...(await describe(db, orgId, slug)), created: true, seconds: (performance.now() - t0) / 1000 };
}

async function describe(db: PrismaClient, orgId: string, slug: string) {
  const [articles, claims, verdicts, published] = await Promise.all([
    db.article.count({ where: { orgId } }),
    db.claim.count({ where: { orgId } }),
    db.verdict.count({ where: { claim: { orgId, id: { startsWith: `${slug}-c` } } } }),
    db.article.count({ where: { orgId, status: "PUBLISHED" } }),
  ]);
  return { orgId, articles, claims, verdicts, published };
}
