// Export benchmark (issue 7): one article with 500 claims (each with a verdict and 2 citations) in every report
// format, and the organization-wide export of 2,000 generated articles.
// Each measurement runs in a fresh child process, so its peak RSS (getrusage maxRSS) belongs to that export alone;
// "baseline" is the child's RSS after loading the modules and connecting, before the export starts.
// Usage: node scripts/with-db.mjs tsx --conditions=react-server bench/exports.ts   (DATABASE_URL = a PostgreSQL server)
// `npm run bench:exports -- --single`: only the 500-claim article (Markdown and PDF), without the 2,000-article seed.
// Report files render on the worker pool (lib/workers): run `npm run build` (or `node scripts/build-workers.mjs`) first.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@/lib/db-client";

const db = createPrismaClient(process.env.DATABASE_URL!);
// lib/db.ts picks this client up on first use; set before any module that reads the database is loaded
(globalThis as { prisma?: unknown }).prisma = db;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
type Measurement = {
  label: string;
  runs: number[];
  bytes: number;
  baselineRss: number;
  peakRss: number;
  note?: string;
};

async function timeRuns(times: number, fn: () => Promise<number>): Promise<{ runs: number[]; bytes: number }> {
  const runs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < times; i += 1) {
    const t0 = performance.now();
    bytes = await fn();
    runs.push(performance.now() - t0);
  }
  return { runs, bytes };
}

// ---- child: one measurement ------------------------------------------------------------------------------------
async function measure(kind: string, orgId: string, articleId: string): Promise<Measurement> {
  const { buildReviewReport } = await import("@/lib/reports/build-report");
  const { renderReportFile } = await import("@/lib/reports/report-file");
  const { openOrgExport } = await import("@/lib/reports/org-export");
  const { orgExportQuerySchema } = await import("@/lib/reports/export-query");
  await db.$queryRaw`SELECT 1`;
  const baselineRss = process.memoryUsage().rss;
  let result: { runs: number[]; bytes: number };
  let note: string | undefined;
  if (kind === "build") {
    result = await timeRuns(3, async () => JSON.stringify(await buildReviewReport(orgId, articleId)).length);
  } else if (kind === "pdf" || kind === "md" || kind === "csv" || kind === "json") {
    // one PDF run only: at 500 claims it takes minutes (see MAX_PDF_CLAIMS)
    result = await timeRuns(
      kind === "pdf" ? 1 : 3,
      async () => (await renderReportFile(await buildReviewReport(orgId, articleId), kind)).byteLength,
    );
  } else if (kind === "pdf-100") {
    note = "first 100 claims: the most the route renders as PDF";
    result = await timeRuns(1, async () => {
      const report = await buildReviewReport(orgId, articleId);
      return (await renderReportFile({ ...report, claims: report.claims.slice(0, 100) }, "pdf")).byteLength;
    });
  } else {
    const format = kind === "org-csv" ? "csv" : "jsonl";
    let total = 0;
    result = await timeRuns(1, async () => {
      const exp = await openOrgExport(orgId, orgExportQuerySchema.parse({ format }));
      total = exp.total;
      let bytes = 0;
      const reader = exp.stream.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength; // dropped, as a socket would
      return bytes;
    });
    note = `${total} articles`;
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return { label: kind, ...result, baselineRss, peakRss, note };
}

// ---- parent: seed, then one child per measurement -----------------------------------------------------------------
// Children load modules the way `next start` loads a route handler's external packages (serverExternalPackages):
// with the full React build (no --conditions=react-server), as before; `server-only` is
// resolved to an empty module by a resolve hook.
const SERVER_ONLY_HOOK =
  'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,export{}", shortCircuit: true } : next(s, c); }';
const REGISTER_HOOK = `data:text/javascript,${encodeURIComponent(`import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`)});`)}`;
const childArgs = [...process.execArgv.filter((a) => a !== "--conditions=react-server"), "--import", REGISTER_HOOK];

function runChild(kind: string, orgId: string, articleId: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...childArgs, fileURLToPath(import.meta.url), "--measure", kind, orgId, articleId],
      { stdio: ["ignore", "pipe", "inherit"], env: process.env },
    );
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()!))
        : reject(new Error(`${kind} exited with ${code}`)),
    );
  });
}

function describe(m: Measurement): string {
  const [cold, ...warm] = m.runs;
  const timing = warm.length
    ? `cold ${cold.toFixed(0)} ms, warm ${Math.min(...warm).toFixed(0)} ms`
    : `${cold.toFixed(0)} ms`;
  return `${m.label.padEnd(10)} ${timing.padEnd(28)} output ${mb(m.bytes).padStart(9)}   peak RSS ${mb(m.peakRss).padStart(9)} (baseline ${mb(m.baselineRss)})${m.note ? `   ${m.note}` : ""}`;
}

async function main() {
  const { seedDemoData } = await import("@/lib/seed/demo");
  const { generateArticles } = await import("@/test/fixtures/generate-articles");
  const run = Date.now().toString(36);
  const seed = async (name: string) =>
    seedDemoData(db, { slug: `bench-${name}-${run}`, emailDomain: `${name}-${run}.example` });

  let t0 = performance.now();
  const single = await seed("single");
  const options = (o: typeof single) => ({
    orgId: o.orgId,
    userId: o.users.REVIEWER.id,
    optionIds: o.scales.fiveLevel.options.map((x) => x.id),
    expertId: o.expertId,
  });
  const [bigArticleId] = await generateArticles(db, {
    ...options(single),
    articles: 1,
    claimsPerArticle: 500,
    citationsPerClaim: 2,
    fillerSentences: 500,
  });
  const big = await db.articleVersion.findFirstOrThrow({ where: { articleId: bigArticleId }, select: { text: true } });
  console.log(
    `seeded 1 article with 500 claims (verdict + 2 citations each, ${big.text.length.toLocaleString("en")} characters) in ${(performance.now() - t0).toFixed(0)} ms`,
  );

  if (process.argv.includes("--single")) {
    await db.$disconnect();
    console.log("\none article, 500 claims (time includes loading the report from the database):");
    for (const kind of ["md", "pdf"]) console.log(describe(await runChild(kind, single.orgId, bigArticleId)));
    return;
  }
  t0 = performance.now();
  const bulk = await seed("bulk");
  await generateArticles(db, {
    ...options(bulk),
    articles: 2_000,
    claimsPerArticle: 10,
    citationsPerClaim: 2,
    fillerSentences: 40,
  });
  console.log(
    `seeded 2,000 articles (10 claims, verdict + 2 citations each) with createMany in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  await db.$disconnect();

  console.log("\none article, 500 claims (time includes loading the report from the database):");
  for (const kind of ["build", "md", "csv", "json", "pdf-100", "pdf"])
    console.log(describe(await runChild(kind, single.orgId, bigArticleId)));
  console.log("\norganization export (streamed in batches of 10 articles, output consumed and dropped):");
  for (const kind of ["org-jsonl", "org-csv"]) console.log(describe(await runChild(kind, bulk.orgId, "")));
}

const args = process.argv.slice(2);
if (args[0] === "--measure") {
  const result = await measure(args[1], args[2], args[3]);
  await db.$disconnect();
  console.log(JSON.stringify(result));
} else {
  await main();
}
