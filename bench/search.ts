// Full-text search benchmark (issue 5): 10,000 claims across 100 articles, each with a verdict and a citation,
// half of the citations quoting one of 50 experts. Prints p50/p95 of searchClaims() (in-process, real database)
// over 50 queries of mixed terms: common and rare words, names, phrases, exclusions, with and without filters.
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/factdesk_bench \
//          node scripts/with-db.mjs tsx --conditions=react-server bench/search.ts
// SEARCH_BENCH_LANGUAGES=en,es,ar gives the articles those languages in turn (an empty entry: no language), so the
// search runs over several text-search configurations (lib/search/data.ts); unset, every article has none (simple).
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db-client";
import { seedDemoData } from "@/lib/seed/demo";
import { searchClaims } from "@/lib/search/data";
import { parseSearchParams } from "@/lib/search/schema";
import { encodeCursor } from "@/lib/lists/cursor";
import { createRandom, generateSentence } from "./news-prose";
import { FIRST_NAMES, LAST_NAMES, OUTLETS } from "./news-vocabulary";
import { formatSummary, summarize } from "./stats";

const ARTICLES = 100,
  CLAIMS_PER_ARTICLE = 100,
  EXPERTS = 50,
  BATCH = 1_000;
const LANGUAGES = process.env.SEARCH_BENCH_LANGUAGES ? process.env.SEARCH_BENCH_LANGUAGES.split(",") : [];
const db = createPrismaClient(process.env.DATABASE_URL!);
(globalThis as { prisma?: unknown }).prisma = db;
const random = createRandom(5);
const slug = `bench-search-${Date.now().toString(36)}`;
const demo = await seedDemoData(db, { slug, emailDomain: `${slug}.example` });
const options = demo.scales.fiveLevel.options;
const reviewer = demo.users.REVIEWER.id;
const t0 = performance.now();

const experts = await db.expert.createManyAndReturn({
  data: Array.from({ length: EXPERTS }, (_, i) => ({
    orgId: demo.orgId,
    name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`,
    affiliation: "Bench University",
  })),
  select: { id: true, name: true },
});
const articles = await db.article.createManyAndReturn({
  data: Array.from({ length: ARTICLES }, (_, i) => ({
    orgId: demo.orgId,
    title: `${generateSentence(random).replace(/\.$/, "")} (${i + 1})`,
    outlet: random.pick(OUTLETS),
    language: LANGUAGES.length ? LANGUAGES[i % LANGUAGES.length] || null : null,
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
for (const v of versions) await db.article.update({ where: { id: v.articleId }, data: { currentVersionId: v.id } });

const states = ["DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "CORRECTED"] as const;
const claimRows = versions.flatMap((v) =>
  Array.from({ length: CLAIMS_PER_ARTICLE }, () => ({
    orgId: demo.orgId,
    articleId: v.articleId,
    versionId: v.id,
    selectors: [],
    quote: generateSentence(random),
    start: 0,
    end: 10,
    state: random.pick(states),
    assigneeId: random.chance(0.8) ? reviewer : null,
    createdById: reviewer,
    createdAt: new Date(Date.now() - random.int(90) * 86_400_000),
  })),
);
const claimIds: string[] = [];
for (let i = 0; i < claimRows.length; i += BATCH) {
  claimIds.push(
    ...(await db.claim.createManyAndReturn({ data: claimRows.slice(i, i + BATCH), select: { id: true } })).map(
      (c) => c.id,
    ),
  );
}
for (let i = 0; i < claimIds.length; i += BATCH) {
  const batch = claimIds.slice(i, i + BATCH);
  await db.verdict.createMany({
    data: batch.map((claimId) => ({
      claimId,
      optionId: random.pick(options).id,
      rationale: `${generateSentence(random)} ${generateSentence(random)}`,
      authorId: reviewer,
    })),
  });
  await db.citation.createMany({
    data: batch.map((claimId) =>
      random.chance(0.5)
        ? {
            claimId,
            kind: "EXPERT_QUOTE" as const,
            quote: generateSentence(random),
            expertId: random.pick(experts).id,
            position: 0,
          }
        : {
            claimId,
            kind: "DOCUMENT" as const,
            sourceTitle: generateSentence(random),
            publisher: random.pick(OUTLETS),
            url: "https://example.org/doc",
            position: 0,
          },
    ),
  });
}
await db.$executeRawUnsafe("ANALYZE");
console.log(
  `seeded ${claimIds.length} claims, ${claimIds.length} verdicts, ${claimIds.length} citations, ${EXPERTS} experts across ${ARTICLES} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

// Terms drawn from the generated text itself, so each query has real hits: a mix of frequent and rare words.
const vocabulary = new Map<string, number>();
for (const c of claimRows)
  for (const w of c.quote.toLowerCase().match(/[a-z]{4,}/g) ?? []) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
const byFrequency = [...vocabulary.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
const common = byFrequency.slice(0, 20),
  rare = byFrequency.slice(-40);
const queries: Record<string, string>[] = [];
for (let i = 0; queries.length < 50; i++) {
  const kind = i % 10;
  const expert = experts[i % experts.length].name;
  const q =
    kind === 0
      ? common[i % common.length]
      : kind === 1
        ? rare[i % rare.length]
        : kind === 2
          ? expert.split(" ")[1]
          : kind === 3
            ? `"${expert}"`
            : kind === 4
              ? `${common[(i + 3) % common.length]} ${rare[(i + 5) % rare.length]}`
              : kind === 5
                ? `${common[i % common.length]} -${common[(i + 1) % common.length]}`
                : kind === 6
                  ? `${rare[i % rare.length]} or ${rare[(i + 7) % rare.length]}`
                  : kind === 7
                    ? random.pick(OUTLETS)
                    : kind === 8
                      ? common[(i + 2) % common.length]
                      : "nonexistentword";
  const filters: Record<string, string> =
    i % 3 === 1
      ? { state: "IN_REVIEW" }
      : i % 3 === 2
        ? { verdict: options[i % options.length].label, assignee: reviewer }
        : {};
  queries.push({ q, ...filters, ...(i % 7 === 6 ? { page: "2" } : {}) });
}

// "page 2" is the page after the first one's last row (keyset cursors since issue 17), found before the timing
const parse = (q: Record<string, string>) => {
  const parsed = parseSearchParams(q);
  if (parsed.kind !== "ok") throw new Error(`bad benchmark query ${JSON.stringify(q)}`);
  return parsed.query;
};
for (const q of queries) {
  if (q.page !== "2") continue;
  delete q.page;
  const after = (await searchClaims(demo.orgId, parse(q))).links.after;
  if (after) q.after = encodeCursor(after);
}
const run = (q: Record<string, string>) => searchClaims(demo.orgId, parse(q));
for (const q of queries.slice(0, 5)) await run(q); // warm-up
const ms: number[] = [];
const hits: number[] = [];
for (const q of queries) {
  const start = performance.now();
  const result = await run(q);
  ms.push(performance.now() - start);
  hits.push(result.total);
}
const sortedHits = [...hits].sort((a, b) => a - b);
console.log(`50 queries: matches per query min=${sortedHits[0]} median=${sortedHits[25]} max=${sortedHits[49]}`);
console.log(formatSummary("search (server, in-process, 50 results with snippets)", summarize(ms)));

// leave the benchmark database as it was: the organization's rows cascade, then its users go
await db.organization.delete({ where: { id: demo.orgId } });
await db.user.deleteMany({ where: { email: { endsWith: `@${slug}.example` } } });
await db.$disconnect();
