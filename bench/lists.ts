// Lists at scale (issue 17): the Articles page's server work with 10,000 articles and 200,000 claims in one
// organization. Measured in-process against the real database: each sample is what the page's server component
// awaits (findArticlePage + findOutletsForOrg, in parallel, as app/(desk)/articles/(list)/page.tsx does), from the parsed
// URL to the rows with their verdict counts. Session lookup, React rendering and HTTP are not included (they do not
// grow with the list). Prints p50/p95 for the first page, a deep page (after row 9,000), Previous from there, a
// filter, a text search and three sorts.
// With --http (needs `npm run build` first) it also starts the built app on BENCH_PORT (default 3601), signs in, and
// measures the whole server response of GET /articles for the same cases: session, layout, rendering included.
// Last, for scale only (no budget): My work, search and the expert directory of the same organization.
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<db> npm run bench:lists [-- --http]
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

const deep = await deepParams({}, 9_000);
const deepPage = await loadPage(deep);
console.log(
  `load average before: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}`,
);
await measure("first page (last changed)", {});
await measure("deep page (after row 9,000)", deep);
await measure("previous from the deep page", { before: encodeCursor(deepPage.links.before!) });
await measure("filter status=PUBLISHED outlet=Harbour Times", { status: "PUBLISHED", outlet: "Harbour Times" });
await measure("search q=budget", { q: "budget" });
await measure("sort fact-check last published", { sort: "fact-check-published" });
await measure("sort title, deep page (after row 9,000)", await deepParams({ sort: "title" }, 9_000));
await measure("sort original date asc, deep (nulls)", await deepParams({ sort: "original-date", dir: "asc" }, 9_500));
console.log(
  `load average after: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}; budget p95 < ${BUDGET_P95_MS} ms`,
);
await db.$disconnect();
