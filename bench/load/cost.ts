// What one request of each kind costs the app server in CPU time, on a warm server with nothing else running:
// the denominator of the load test (a server that spends 30 ms of CPU on a write serves at most ~33 writes a
// second per core, and queues long before that). Sequential requests, one at a time; the server's CPU time is read
// from /proc before and after each batch (Linux only), for the main thread (where JavaScript runs) and the whole
// process (with libuv's threads: gzip, crypto, file reads).
// Usage: npm run build, then DATABASE_URL=postgresql://... npm run bench:cost -- [--requests 300] [--port 3560]
//   [--only <operation name part>] [--cpu-profile <folder>] (the server writes a V8 CPU profile there as it stops)
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { actionId, callServerAction, readActionIds, signIn } from "../../e2e/app-http";
import { setUpLoadOrganization } from "./setup";
import { startAppServers } from "./servers";
import { citation } from "./reviewer-mix";

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "300" },
    port: { type: "string", default: "3560" },
    only: { type: "string" },
    "cpu-profile": { type: "string" },
  },
});
const n = Number(args.requests);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is not set: run through `npm run bench:cost`, which provides one");
const db = createPrismaClient(databaseUrl);
(globalThis as { prisma?: unknown }).prisma = db;
const ids = readActionIds();
const slug = `cost-${Date.now().toString(36)}`;
const fixture = await setUpLoadOrganization(db, { slug, reviewers: 1, articles: 1, publishedClaimsPerArticle: 10 });
const servers = await startAppServers({
  count: 1,
  firstPort: Number(args.port),
  databaseUrl,
  authSecret: "cost-bench-secret-0123456789abcdef0123456789",
  cpuProfileDir: args["cpu-profile"],
});
const base = servers.bases[0];
const pid = servers.pids[0];
const ticksPerSecond = 100; // USER_HZ on Linux
const cpuMs = (path: string) => {
  const f = readFileSync(path, "utf8").split(") ")[1].split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / ticksPerSecond;
};
const sample = () => ({
  main: cpuMs(`/proc/${pid}/task/${pid}/stat`),
  all: cpuMs(`/proc/${pid}/stat`),
  at: performance.now(),
});

try {
  const { cookie } = await signIn(base, fixture.reviewers[0].email, fixture.password);
  const article = fixture.articles[0];
  const page = `/articles/${article.id}`;
  let slot = 0;
  let claim: { id: string; lockVersion: number; citations: { id: string }[] } | undefined;
  const created: string[] = []; // comments go round the created claims, one or two each, as in the load test
  // [name, run, needs]: saves and comments need claims, so --only runs the creations they need first
  const ops: [string, () => Promise<unknown>, string?][] = [
    ["reader page (cached)", () => fetch(`${base}${article.readerPath}`).then((r) => r.arrayBuffer())],
    [
      "reader page, gzip",
      () =>
        fetch(`${base}${article.readerPath}`, { headers: { "Accept-Encoding": "gzip" } }).then((r) => r.arrayBuffer()),
    ],
    [
      "create claim",
      async () => {
        const start = slot++ % (article.textLength - 80);
        const { result } = await callServerAction<typeof claim>(
          base,
          page,
          actionId(ids, "lib/claims/actions.ts#createClaimAction"),
          [{ articleId: article.id, versionId: article.versionId, start, end: start + 20 }],
          cookie,
        );
        if (!result?.ok) throw new Error(`create claim failed: ${JSON.stringify(result)}`);
        claim = result.data;
        created.push(claim!.id);
      },
    ],
    [
      "save claim",
      async () => {
        const { result } = await callServerAction<typeof claim>(
          base,
          page,
          actionId(ids, "lib/claims/actions.ts#saveClaimAction"),
          [
            {
              claimId: claim!.id,
              lockVersion: claim!.lockVersion,
              claimant: "Cost",
              claimDate: "2025-03-06",
              claimContext: null,
              verdictOptionId: fixture.verdictOptionIds[slot % fixture.verdictOptionIds.length],
              rationale: `Checked ${slot++}.`,
              citations: [citation("DOCUMENT", "Record"), citation("NEWS_REPORT", "Report")],
            },
          ],
          cookie,
        );
        if (!result?.ok) throw new Error(`save claim failed: ${JSON.stringify(result)}`);
        claim = result.data;
      },
      "create claim",
    ],
    [
      "comment",
      async () => {
        const { result } = await callServerAction(
          base,
          page,
          actionId(ids, "lib/discussion/actions.ts#createCommentAction"),
          [{ claimId: created[slot++ % created.length], parentId: null, body: `Please check ${slot}.` }],
          cookie,
        );
        if (!result?.ok) throw new Error(`comment failed: ${JSON.stringify(result)}`);
      },
      "create claim",
    ],
  ];
  console.log(`${n} sequential requests each, after ${Math.ceil(n / 3)} to warm up (${base})\n`);
  console.log("operation              wall ms/req  main-thread CPU ms/req  process CPU ms/req");
  const chosen = ops.filter(([name]) => !args.only || name.includes(args.only));
  const needed = new Set(chosen.flatMap(([name, , needs]) => (needs ? [name, needs] : [name])));
  for (const [name, run] of ops) {
    if (!needed.has(name)) continue;
    for (let i = 0; i < Math.ceil(n / 3); i++) await run();
    const before = sample();
    for (let i = 0; i < n; i++) await run();
    const after = sample();
    const per = (k: "main" | "all" | "at") =>
      ((after[k] - before[k]) / n).toFixed(2).padStart(k === "at" ? 11 : k === "main" ? 23 : 19);
    console.log(`${name.padEnd(21)}  ${per("at")}  ${per("main")}  ${per("all")}`);
  }
} finally {
  await servers.stop();
  await db.$disconnect();
}
