// Lists at scale (issue 17): the Articles page's server work with 10,000 articles and 200,000 claims in one
// organization. Measured in-process against the real database: each sample is what the page's server component
// awaits (findArticlePage + findOutletsForOrg, in parallel, as app/(desk)/articles/(list)/page.tsx does), from the parsed
// URL to the rows with their verdict counts. Session lookup, React rendering and HTTP are not included (they do not
// grow with the list). Prints p50/p95 for the first page, a deep page (after row 9,000), Previous from there, a
// filter, a text search and three sorts.
// With --http (needs `npm run build` first) it also starts the built app on BENCH_PORT (default 3601), signs in, and
// measures the whole server response of GET /articles for the same cases: session, layout, rendering included.
// Search (issue 17, the same budget): with --http also GET /search for a word in every claim (q=rate), its next page,
// a word in one claim in ten (q=budget) and no match; in-process, the search data for the same queries.
// Last, for scale only (no budget): My work and the expert directory of the same organization.
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<db> npm run bench:lists [-- --http] [--search-only]
//        (seeds the organization "bench-lists" with seed:scale's code first; a second run reuses it)
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import { createPrismaClient } from "@/lib/db-client";
import { findOutletsForOrg } from "@/lib/articles/data";
import { findArticlePage } from "@/lib/articles/list-data";
import { parseArticleListParams } from "@/lib/articles/list-query";
import { encodeCursor } from "@/lib/lists/cursor";
import type { SearchParamsInput } from "@/lib/lists/params";
import { seedScale } from "../scripts/seed-scale/seed";
import { signIn } from "../e2e/app-http";
import { DEMO_PASSWORD } from "../lib/seed/demo-accounts";
import { startAppServers } from "./load/servers";
import { loadMyWork } from "@/lib/my-work/data";
import { searchClaims } from "@/lib/search/data";
import { parseSearchParams } from "@/lib/search/schema";
import { findExpertPage } from "@/lib/experts/data";
import { parseExpertListParams } from "@/lib/experts/list-query";
import { formatSummary, summarize } from "./stats";

const ARTICLES = 10_000,
  CLAIMS_PER_ARTICLE = 20,
  SAMPLES = 60,
  WARMUP = 5,
  BUDGET_P95_MS = 150;
const db = createPrismaClient(process.env.DATABASE_URL!);
(globalThis as { prisma?: unknown }).prisma = db;

const seeded = await seedScale(db, {
  slug: "bench-lists",
  articles: ARTICLES,
  claimsPerArticle: CLAIMS_PER_ARTICLE,
  log: (line) => console.log(line),
});
console.log(
  `${seeded.created ? "seeded" : "reused"}: ${seeded.articles} articles, ${seeded.claims} claims in ${seeded.seconds.toFixed(1)} s`,
);
const orgId = seeded.orgId;

const loadPage = (params: SearchParamsInput) => {
  const query = parseArticleListParams(params);
  return Promise.all([findArticlePage(orgId, query), findOutletsForOrg(orgId)]).then(([page]) => page);
};

/** The params of the page after row `rows` of an ordering, reached by following Next like a reader would. */
async function deepParams(params: SearchParamsInput, rows: number): Promise<SearchParamsInput> {
  let link: SearchParamsInput = {};
  for (let seen = 0; seen < rows;) {
    const page = await loadPage({ ...params, ...link });
    seen += page.rows.length;
    if (!page.links.after) break;
    link = { after: encodeCursor(page.links.after) };
  }
  return { ...params, ...link };
}

async function time(run: () => Promise<unknown>, samples = SAMPLES) {
  const ms: number[] = [];
  for (let i = 0; i < WARMUP + samples; i++) {
    const t0 = performance.now();
    await run();
    if (i >= WARMUP) ms.push(performance.now() - t0);
  }
  return summarize(ms);
}

async function measure(label: string, params: SearchParamsInput) {
  const page = await loadPage(params);
  const s = await time(() => loadPage(params));
  console.log(
    `${formatSummary(label.padEnd(44), s)}  rows=${page.rows.length} offset=${page.offset} total=${page.total}${s.p95 > BUDGET_P95_MS ? "  OVER BUDGET" : ""}`,
  );
}

// --search-only: the search cases alone (in-process, and over HTTP with --http)
const searchOnly = process.argv.includes("--search-only");
const deep = searchOnly ? {} : await deepParams({}, 9_000);
const deepPage = searchOnly ? null : await loadPage(deep);
const cases: [string, Record<string, string>][] = searchOnly
  ? []
  : [
      ["first page (last changed)", {}],
      ["deep page (after row 9,000)", deep as Record<string, string>],
      ["previous from the deep page", { before: encodeCursor(deepPage!.links.before!) }],
      ["filter status=PUBLISHED outlet=Harbour Times", { status: "PUBLISHED", outlet: "Harbour Times" }],
      ["search q=budget", { q: "budget" }],
      ["sort fact-check last published", { sort: "fact-check-published" }],
      [
        "sort title, deep page (after row 9,000)",
        (await deepParams({ sort: "title" }, 9_000)) as Record<string, string>,
      ],
      [
        "sort original date asc, deep (nulls)",
        (await deepParams({ sort: "original-date", dir: "asc" }, 9_500)) as Record<string, string>,
      ],
    ];
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
if (!searchOnly) {
  console.log(`\nArticles page data, in-process (load average ${load()})`);
  for (const [label, params] of cases) await measure(label, params);
  console.log(`load average after: ${load()}; budget p95 < ${BUDGET_P95_MS} ms`);
}

if (process.argv.includes("--http")) {
  const port = Number(process.env.BENCH_PORT ?? 3601);
  const servers = await startAppServers({
    count: 1,
    firstPort: port,
    databaseUrl: process.env.DATABASE_URL!,
    authSecret: "bench-lists-secret-0123456789abcdef0123456789",
    serverLogs: "hide",
  });
  try {
    const base = servers.bases[0];
    const { cookie, error } = await signIn(base, "admin@bench-lists.example", DEMO_PASSWORD);
    if (error) throw new Error(`sign-in failed: ${error}`);
    // the floor: the same page with no matching row (session, layout and header; no rows to read or render)
    const httpCases: [string, Record<string, string>][] = searchOnly
      ? []
      : [["no matching row (floor)", { q: "zzzz-none" }], ...cases];
    if (!searchOnly) console.log(`\nGET /articles, whole server response of the built app (load average ${load()})`);
    for (const [label, params] of httpCases) {
      const query = new URLSearchParams(params);
      const url = `${base}/articles${query.size ? `?${query}` : ""}`;
      const get = async () => {
        const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
        const html = await res.text();
        if (res.status !== 200 || !html.includes("<h1")) throw new Error(`${url}: ${res.status}`);
      };
      const s = await time(get, 40);
      console.log(`${formatSummary(label.padEnd(44), s)}${s.p95 > BUDGET_P95_MS ? "  OVER BUDGET" : ""}`);
    }
    if (!searchOnly) console.log(`load average after: ${load()}; budget p95 < ${BUDGET_P95_MS} ms`);
    console.log(`\nGET /search, whole server response of the built app (load average ${load()})`);
    for (const [label, params] of await searchCases()) {
      const url = `${base}/search?${new URLSearchParams(params)}`;
      const get = async () => {
        const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
        const html = await res.text();
        if (res.status !== 200 || !html.includes("<h1")) throw new Error(`${url}: ${res.status}`);
      };
      const s = await time(get, 40);
      console.log(`${formatSummary(label.padEnd(44), s)}${s.p95 > BUDGET_P95_MS ? "  OVER BUDGET" : ""}`);
    }
    console.log(`load average after: ${load()}; budget p95 < ${BUDGET_P95_MS} ms`);
  } finally {
    await servers.stop();
  }
}

/** The search cases: label and query string; "next page" follows the first page's Next link. */
async function searchCases(): Promise<[string, Record<string, string>][]> {
  const parse = (params: Record<string, string>) => {
    const parsed = parseSearchParams(params);
    if (parsed.kind !== "ok") throw new Error("bad search");
    return parsed.query;
  };
  const cases: [string, Record<string, string>][] = [];
  for (const q of ["rate", "budget", "zzzz-none"]) {
    const first = await searchClaims(orgId, parse({ q }));
    const total = `${first.isTotalExact ? "" : "more than "}${first.total}`;
    cases.push([`search q=${q} (${total} matches)`, { q }]);
    if (q === "rate" && first.links.after)
      cases.push([`search q=${q}, next page`, { q, after: encodeCursor(first.links.after) }]);
  }
  return cases;
}

console.log(`\nSearch data, in-process (load average ${load()})`);
for (const [label, params] of await searchCases()) {
  const query = parseSearchParams(params);
  if (query.kind !== "ok") throw new Error("bad search");
  const s = await time(() => searchClaims(orgId, query.query));
  console.log(`${formatSummary(label.padEnd(44), s)}${s.p95 > BUDGET_P95_MS ? "  OVER BUDGET" : ""}`);
}

// the other paged lists of the same organization, in-process, 10 samples each: figures, not a budget
if (searchOnly) {
  await db.$disconnect();
  process.exit(0);
}
const editor = await db.user.findUniqueOrThrow({
  where: { email: "editor@bench-lists.example" },
  select: { id: true },
});
const editorView = { userId: editor.id, orgId, role: "EDITOR" as const };
const work = await loadMyWork(editorView);
console.log(
  `\nOther lists, in-process (load average ${load()}); My work: ${work.inReview?.total} claims in review, ${work.awaitingApproval?.total} awaiting approval`,
);
console.log(formatSummary("My work, editor (4 lists)".padEnd(44), await time(() => loadMyWork(editorView), 10)));
const experts = () => findExpertPage(orgId, parseExpertListParams({}));
console.log(formatSummary("expert directory, first page".padEnd(44), await time(experts, 10)));
await db.$disconnect();
