/**
 * npm run bench:claim-matching — "Already checked" (lib/claim-finder/similar.ts) on a realistic archive: the 103
 * hand-written cases of bench/claim-matching/cases.ts published as claims, plus 100,000 unrelated published claims
 * (generated news sentences, which share much of their vocabulary: "rose", "percent", "council", ...). Each case's
 * three rewordings must find their claim (recall@1, recall@5); each negation trap must not (false-match rate: the
 * trap's claim in the top 5). Query time is the whole findOwnSimilarClaims call, in-process against the database,
 * after ANALYZE (the candidates come from probes the statistics choose: prisma/migrations/*matching_candidates).
 * Embedded database by default; DATABASE_URL for a real PostgreSQL.
 */
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db-client";
import { seedDemoData } from "@/lib/seed/demo";
import { findOwnSimilarClaims } from "@/lib/claim-finder/similar";
import { MATCHING_CASES } from "./claim-matching/cases";
import { createRandom, generateSentence } from "./news-prose";
import { formatSummary, summarize } from "./stats";

const UNRELATED = Number(process.env.UNRELATED ?? 100_000);
const ARTICLES = 200;
const BATCH = 2_000;
const db = createPrismaClient(process.env.DATABASE_URL!);
(globalThis as { prisma?: unknown }).prisma = db;
const random = createRandom(18);
const slug = `bench-matching-${Date.now().toString(36)}`;
const demo = await seedDemoData(db, { slug, emailDomain: `${slug}.example` });
const reviewer = demo.users.REVIEWER.id;
const t0 = performance.now();

const articles = await db.article.createManyAndReturn({
  data: Array.from({ length: ARTICLES }, (_, i) => ({
    orgId: demo.orgId,
    title: `Archive article ${i + 1}`,
    status: "PUBLISHED" as const,
    createdById: reviewer,
  })),
  select: { id: true },
});
const versions = await db.articleVersion.createManyAndReturn({
  data: articles.map((a) => ({
    articleId: a.id,
    number: 1,
    text: "Benchmark text.",
    contentHash: a.id,
    createdById: reviewer,
  })),
  select: { id: true, articleId: true },
});

const quotes = [
  ...MATCHING_CASES.map((c) => c.claim),
  ...Array.from({ length: UNRELATED }, () => generateSentence(random)),
];
const claimIds: string[] = [];
for (let i = 0; i < quotes.length; i += BATCH) {
  const rows = quotes.slice(i, i + BATCH).map((quote, j) => {
    const v = versions[(i + j) % versions.length];
    return {
      orgId: demo.orgId,
      articleId: v.articleId,
      versionId: v.id,
      selectors: [],
      quote,
      start: 0,
      end: quote.length,
      state: "PUBLISHED" as const,
      createdById: reviewer,
    };
  });
  claimIds.push(...(await db.claim.createManyAndReturn({ data: rows, select: { id: true } })).map((c) => c.id));
}
const publishedAt = new Date("2025-06-01T00:00:00Z");
for (let i = 0; i < claimIds.length; i += BATCH) {
  await db.claimPublication.createMany({
    data: claimIds.slice(i, i + BATCH).map((claimId, j) => ({
      claimId,
      publishedAt,
      snapshot: {
        quote: quotes[i + j],
        verdict: { label: random.pick(["False", "Misleading", "Accurate"]), colour: "#b91c1c" },
      },
    })),
  });
}
console.log(
  `seeded ${claimIds.length.toLocaleString("en")} published claims (${MATCHING_CASES.length} cases + ${UNRELATED.toLocaleString("en")} unrelated) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
// the statistics the candidate probes read (autovacuum would take them on its own on the real server, a minute later)
const analyzing = performance.now();
await db.$executeRawUnsafe(`ANALYZE "Claim"; ANALYZE "ClaimPublication"; ANALYZE "Article"`);
const [{ probes }] = await db.$queryRaw<{ probes: string[] | null }[]>`
  SELECT factdesk_match_probes(string_to_array(factdesk_match_text(${MATCHING_CASES[0].synonyms}), ' '), '"ClaimPublication"', 250) AS probes`;
console.log(
  `ANALYZE in ${((performance.now() - analyzing) / 1000).toFixed(1)} s; candidates ${probes ? `from stem probes (e.g. ${probes.join(", ")})` : "from the trigram index (no statistics)"}`,
);

const caseIds = claimIds.slice(0, MATCHING_CASES.length);
const times: number[] = [];
async function rankOf(text: string, expectedId: string): Promise<number> {
  const started = performance.now();
  const rows = await findOwnSimilarClaims(demo.orgId, text, null, 5);
  times.push(performance.now() - started);
  const index = rows.findIndex((r) => r.claimId === expectedId);
  return index === -1 ? Infinity : index + 1;
}

// warm-up: plans and caches, not counted
for (const c of MATCHING_CASES.slice(0, 10)) await findOwnSimilarClaims(demo.orgId, c.order, null, 5);

const kinds = ["order", "synonyms", "numbers"] as const;
const ranks: Record<(typeof kinds)[number], number[]> = { order: [], synonyms: [], numbers: [] };
const misses: string[] = [];
let trapMatches = 0;
for (const [i, c] of MATCHING_CASES.entries()) {
  for (const kind of kinds) {
    const rank = await rankOf(c[kind], caseIds[i]);
    ranks[kind].push(rank);
    if (rank > 5) misses.push(`${kind}: "${c[kind]}"`);
  }
  if ((await rankOf(c.negation, caseIds[i])) <= 5) trapMatches++;
}

const recall = (rs: number[], k: number) => rs.filter((r) => r <= k).length / rs.length;
const all = kinds.flatMap((k) => ranks[k]);
console.table([
  ...kinds.map((k) => ({
    rewording: k,
    pairs: ranks[k].length,
    "recall@1": recall(ranks[k], 1).toFixed(3),
    "recall@5": recall(ranks[k], 5).toFixed(3),
  })),
  { rewording: "all", pairs: all.length, "recall@1": recall(all, 1).toFixed(3), "recall@5": recall(all, 5).toFixed(3) },
]);
console.log(
  `negation traps: ${trapMatches} of ${MATCHING_CASES.length} matched their claim (false-match rate ${(trapMatches / MATCHING_CASES.length).toFixed(3)})`,
);
console.log(
  formatSummary(
    `query time at ${claimIds.length.toLocaleString("en")} stored claims (${times.length} queries)`,
    summarize(times),
  ) + "  (target p95 < 50 ms)",
);
if (misses.length) console.log(`not in the top 5 (${misses.length}):\n  ${misses.slice(0, 20).join("\n  ")}`);

if (!process.env.KEEP) await db.organization.delete({ where: { id: demo.orgId } });
await db.$disconnect();
