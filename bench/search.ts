// Full-text search benchmark (issue 5; languages: issue 20): 10,000 claims across 100 articles, each with a verdict and
// a citation, half of the citations quoting one of 50 experts. The articles are in English, Spanish, Arabic and
// Hebrew in turn (claims, rationales and evidence written in the article's language; bench/search-prose.ts), so the
// search runs over the english, spanish and arabic text-search configurations and their partial GIN indexes, and over
// simple for Hebrew, which PostgreSQL has no configuration for. Prints, per language, p50/p95 of searchClaims()
// (in-process, real database) over 20 queries of that language's words run twice: frequent and rare words, phrases,
// exclusions, "or", with and without filters, a second page, no match; then 10 queries of names (experts, outlets).
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/factdesk_bench npm run bench:search
//        npm run bench:search   (no DATABASE_URL: the embedded database, PGLITE_DIR or .data/pglite)
// SEARCH_BENCH_LANGUAGES=en,es picks some of en, es, ar, he.
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import { createPrismaClient } from "@/lib/db-client";
import { seedDemoData } from "@/lib/seed/demo";
import { searchClaims } from "@/lib/search/data";
import { parseSearchParams } from "@/lib/search/schema";
import { encodeCursor } from "@/lib/lists/cursor";
import { createRandom } from "./news-prose";
import { FIRST_NAMES, LAST_NAMES, OUTLETS } from "./news-vocabulary";
import { BENCH_LANGUAGES, sentenceIn, type BenchLanguage } from "./search-prose";
import { formatSummary, summarize } from "./stats";

const ARTICLES = 100,
  CLAIMS_PER_ARTICLE = 100,
  EXPERTS = 50,
  BATCH = 1_000;
const LANGUAGES: BenchLanguage[] = process.env.SEARCH_BENCH_LANGUAGES
  ? process.env.SEARCH_BENCH_LANGUAGES.split(",").map((l) => {
      if (!(BENCH_LANGUAGES as readonly string[]).includes(l)) throw new Error(`not one of ${BENCH_LANGUAGES}: ${l}`);
      return l as BenchLanguage;
    })
  : [...BENCH_LANGUAGES];
/** Each language's text-search configuration (migration 20261203117100_search_language); Hebrew has none. */
const CONFIG: Record<BenchLanguage, string> = { en: "english", es: "spanish", ar: "arabic", he: "simple" };
const languageOf = (article: number) => LANGUAGES[article % LANGUAGES.length];
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
    title: `${sentenceIn(languageOf(i), random).replace(/\.$/, "")} (${i + 1})`,
    outlet: random.pick(OUTLETS),
    language: languageOf(i),
    createdById: reviewer,
  })),
  select: { id: true, language: true },
});
const languageOfArticle = new Map(articles.map((a) => [a.id, a.language as BenchLanguage]));
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
    quote: sentenceIn(languageOfArticle.get(v.articleId)!, random),
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
  // the verdict and the evidence in the claim's language (claims come back in the order they were given)
  const language = (j: number) => languageOfArticle.get(claimRows[i + j].articleId)!;
  await db.verdict.createMany({
    data: batch.map((claimId, j) => ({
      claimId,
      optionId: random.pick(options).id,
      rationale: `${sentenceIn(language(j), random)} ${sentenceIn(language(j), random)}`,
      authorId: reviewer,
    })),
  });
  await db.citation.createMany({
    data: batch.map((claimId, j) =>
      random.chance(0.5)
        ? {
            claimId,
            kind: "EXPERT_QUOTE" as const,
            quote: sentenceIn(language(j), random),
            expertId: random.pick(experts).id,
            position: 0,
          }
        : {
            claimId,
            kind: "DOCUMENT" as const,
            sourceTitle: sentenceIn(language(j), random),
            publisher: random.pick(OUTLETS),
            url: "https://example.org/doc",
            position: 0,
          },
    ),
  });
}
const seededIn = (performance.now() - t0) / 1000;
await db.$executeRawUnsafe(`ANALYZE "Article", "Claim", "Verdict", "Citation", "Expert"`);
console.log(`ANALYZE of the five tables: ${((performance.now() - t0) / 1000 - seededIn).toFixed(1)} s`);
console.log(
  `seeded ${claimIds.length} claims, ${claimIds.length} verdicts, ${claimIds.length} citations, ${EXPERTS} experts across ${ARTICLES} articles in ${seededIn.toFixed(1)} s`,
);

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
const filters = (i: number): Record<string, string> =>
  i % 3 === 1
    ? { state: "IN_REVIEW" }
    : i % 3 === 2
      ? { verdict: options[i % options.length].label, assignee: reviewer }
      : {};

// Per language, terms drawn from its claims, so each query has real hits: frequent and rare words, a phrase of two
// words that follow each other in a claim, exclusions, "or", filters, a second page, a word found nowhere.
function languageQueries(language: BenchLanguage): Record<string, string>[] {
  const quotes = claimRows.filter((c) => languageOfArticle.get(c.articleId) === language).map((c) => c.quote);
  const vocabulary = new Map<string, number>();
  for (const quote of quotes)
    for (const w of quote.toLowerCase().match(/\p{L}{4,}/gu) ?? []) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  const byFrequency = [...vocabulary.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const common = byFrequency.slice(0, 10),
    rare = byFrequency.slice(-20);
  const phrase = (i: number) => {
    const words = quotes[(i * 97) % quotes.length].match(/\p{L}{3,}/gu) ?? [];
    return `"${words.slice(1, 3).join(" ")}"`;
  };
  const queries: Record<string, string>[] = [];
  for (let i = 0; queries.length < 20; i++) {
    const kind = i % 10;
    const q = [
      common[i % common.length],
      rare[i % rare.length],
      `${common[(i + 3) % common.length]} ${rare[(i + 5) % rare.length]}`,
      `${common[i % common.length]} -${common[(i + 1) % common.length]}`,
      `${rare[i % rare.length]} or ${rare[(i + 7) % rare.length]}`,
      phrase(i),
      common[(i + 2) % common.length],
      rare[(i + 3) % rare.length],
      common[(i + 4) % common.length],
      "nonexistentword",
    ][kind];
    queries.push({ q, ...filters(i), ...(kind === 8 ? { page: "2" } : {}) });
  }
  return queries;
}

// Names: experts' surnames and full names (simple configuration: names are matched as written) and outlets
function nameQueries(): Record<string, string>[] {
  return Array.from({ length: 10 }, (_, i) => {
    const expert = experts[i % experts.length].name;
    const q = i % 3 === 0 ? expert.split(" ")[1] : i % 3 === 1 ? `"${expert}"` : random.pick(OUTLETS);
    return { q, ...filters(i) };
  });
}

// The partial GIN index of each language's configuration answers that language's words
async function indexOf(language: BenchLanguage, word: string): Promise<string> {
  const config = CONFIG[language]; // one of four constants
  const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN SELECT 1 FROM "Claim" WHERE "orgId" = $1 AND "searchConfig" = '${config}'::regconfig
       AND to_tsvector('${config}', "quote") @@ websearch_to_tsquery('${config}', $2)`,
    demo.orgId,
    word,
  );
  return /"?(Claim_quote_search_\w+_idx)/.exec(plan.map((r) => r["QUERY PLAN"]).join("\n"))?.[1] ?? "no index";
}

// "page 2" is the page after the first one's last row (keyset cursors since issue 17), found before the timing
const parse = (q: Record<string, string>) => {
  const parsed = parseSearchParams(q);
  if (parsed.kind !== "ok") throw new Error(`bad benchmark query ${JSON.stringify(q)}`);
  return parsed.query;
};
async function prepare(queries: Record<string, string>[]) {
  for (const q of queries) {
    if (q.page !== "2") continue;
    delete q.page;
    const after = (await searchClaims(demo.orgId, parse(q))).links.after;
    if (after) q.after = encodeCursor(after);
  }
  return queries;
}
const run = (q: Record<string, string>) => searchClaims(demo.orgId, parse(q));

const groups: [string, Record<string, string>[]][] = [
  ...LANGUAGES.map((l): [string, Record<string, string>[]] => [`${l} (${CONFIG[l]})`, languageQueries(l)]),
  ["names (simple)", nameQueries()],
];
for (const [, queries] of groups) await prepare(queries);
for (const [, queries] of groups) for (const q of queries.slice(0, 3)) await run(q); // warm-up
console.log(`\nload average ${load()}`);
const everyMs: number[] = [];
for (const [label, queries] of groups) {
  const ms: number[] = [];
  const hits: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const q of queries) {
      const start = performance.now();
      const result = await run(q);
      ms.push(performance.now() - start);
      if (round === 0) hits.push(result.total);
    }
  }
  everyMs.push(...ms);
  const sorted = [...hits].sort((a, b) => a - b);
  const language = LANGUAGES.find((l) => label.startsWith(`${l} `));
  const index = language ? `; ${await indexOf(language, languageQueries(language)[0].q)}` : "";
  console.log(
    `${formatSummary(`search ${label}`.padEnd(32), summarize(ms))}  ${queries.length} queries ×2, matches min=${sorted[0]} median=${sorted[Math.floor(sorted.length / 2)]} max=${sorted.at(-1)}${index}`,
  );
}
console.log(formatSummary("search, every query".padEnd(32), summarize(everyMs)));
console.log(`load average after: ${load()}`);

// leave the benchmark database as it was: the organization's rows cascade, then its users go
await db.organization.delete({ where: { id: demo.orgId } });
await db.user.deleteMany({ where: { email: { endsWith: `@${slug}.example` } } });
await db.$disconnect();
