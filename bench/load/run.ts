// Load test (issue 8): signed-in reviewers writing through the app's server actions while readers load published
// pages, against `next start` (one server, or several on consecutive ports sharing the database and AUTH_SECRET),
// then a check of the database against the generator's log of acknowledged writes.
// Usage: npm run build, then
//   DATABASE_URL=postgresql://... npm run bench:load -- [--duration 60] [--servers 1] [--reviewers 50] [--readers 200]
//     [--articles 20] [--port 3540] [--reviewer-think-ms 2000] [--reader-think-ms 5000]
//     [--split even|roles] [--warmup <seconds>] [--cpu-profile <folder>]
// --split even (default): every server gets both reviewers and readers; --split roles (with 2+ servers): the first
// server serves the reviewers, the others the readers (desk and public pages on separate app servers).
// --warmup N: first run the same load for N seconds and report it apart (the server's code is still unoptimized for
// its first 10-20 s); the writes of both phases are checked. 0 (default): the measured load meets a fresh server.
// --reviewer-think-ms / --reader-think-ms: mean pause of each connection between an answer and its next request
// (seeded, so reruns pause alike; 0 = no pause: every connection is always waiting for the server).
// Prints a table per operation, the writes' and readers' p95 per 10 s window, PASS/FAIL lines, and writes the write
// log to .data/load/. Exit code 1 when a write check fails or the server failed a request (5xx, lost connection,
// UNAVAILABLE); latency targets are only reported.
// Each run makes its own organization (load-<time>), so no database reset is needed between runs.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/db-client";
import { actionId, callServerAction, readActionIds, signIn } from "../../e2e/app-http";
import { setUpLoadOrganization } from "./setup";
import { startAppServers } from "./servers";
import { createReviewerMix, OPERATIONS, type Operation } from "./reviewer-mix";
import { readDatabaseState } from "./read-database-state";
import { verifyWrites, type Check } from "./verify-writes";
import { addThinkTime } from "./think-time";
import { countServerErrors, formatTable, newStats, record, toRow, type OperationStats } from "./operation-stats";
import { addToTimeline, formatTimeline, newTimeline } from "./timeline";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    servers: { type: "string", default: "1" },
    reviewers: { type: "string", default: "50" },
    readers: { type: "string", default: "200" },
    articles: { type: "string", default: "20" },
    port: { type: "string", default: "3540" },
    "reviewer-think-ms": { type: "string", default: "2000" },
    "reader-think-ms": { type: "string", default: "5000" },
    warmup: { type: "string", default: "0" },
    "cpu-profile": { type: "string" },
    split: { type: "string", default: "even" },
  },
});
const num = (name: keyof typeof args) => {
  const n = Number(args[name]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number ≥ 0, got "${args[name]}"`);
  return n;
};
const config = {
  duration: num("duration"),
  servers: num("servers"),
  reviewers: num("reviewers"),
  readers: num("readers"),
  articles: num("articles"),
  warmup: num("warmup"),
  port: num("port"),
  reviewerThinkMs: num("reviewer-think-ms"),
  readerThinkMs: num("reader-think-ms"),
};
if (args.split !== "even" && args.split !== "roles")
  throw new Error(`--split must be "even" or "roles", got "${args.split}"`);
const TARGETS = { writeP95Ms: 200, readerP95Ms: 150 };
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is not set: run through `npm run bench:load`, which provides one");
const authSecret = process.env.AUTH_SECRET ?? "load-bench-secret-0123456789abcdef0123456789";

const db = createPrismaClient(databaseUrl);
(globalThis as { prisma?: unknown }).prisma = db;
const runTag = `load-${Date.now().toString(36)}`;
const ids = readActionIds();
const actions = {
  createClaim: actionId(ids, "lib/claims/actions.ts#createClaimAction"),
  saveClaim: actionId(ids, "lib/claims/actions.ts#saveClaimAction"),
  createComment: actionId(ids, "lib/discussion/actions.ts#createCommentAction"),
};

console.log(
  `setup: organization ${runTag} with ${config.reviewers} reviewers and ${config.articles} published articles …`,
);
let t0 = Date.now();
const fixture = await setUpLoadOrganization(db, {
  slug: runTag,
  reviewers: config.reviewers,
  articles: config.articles,
  publishedClaimsPerArticle: 10,
});
console.log(`setup done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const servers = await startAppServers({
  count: config.servers,
  firstPort: config.port,
  databaseUrl,
  authSecret,
  cpuProfileDir: args["cpu-profile"],
});
let checks: Check[] = [];
let serverErrors = 0;
try {
  // each reviewer signs in on one server and works on the other (with two servers): sessions must hold across both
  const cookies: string[] = [];
  for (const [i, reviewer] of fixture.reviewers.entries()) {
    const { cookie, error } = await signIn(
      servers.bases[(i + 1) % servers.bases.length],
      reviewer.email,
      fixture.password,
    );
    if (error) throw new Error(`sign-in of ${reviewer.email} failed: ${error}`);
    cookies.push(cookie);
  }
  for (const base of servers.bases) {
    for (const article of fixture.articles.slice(0, 3))
      await fetch(`${base}${article.readerPath}`).then((r) => r.arrayBuffer());
    await callServerAction(
      base,
      `/articles/${fixture.articles[0].id}`,
      actionId(ids, "lib/discussion/actions.ts#loadDiscussionAction"),
      ["none"],
      cookies[0],
    );
  }

  const mix = createReviewerMix(fixture, actions, cookies, runTag);
  let reviewerSeed = 1;
  let readerSeed = 10_001;
  const readerPaths = fixture.articles.map((a) => a.readerPath);
  let nextReaderPath = 0;
  const byRole = args.split === "roles" && servers.bases.length > 1;
  const idle = Object.assign(Promise.resolve(), { on: () => idle }); // a side with 0 connections sends nothing
  type Client = { requestIterator: { currentRequest: { op: Operation }; context: { lastOutcome?: string } } };

  // One phase of load: both sides for `seconds`, every answer recorded under its operation and its second.
  const runPhase = async (seconds: number) => {
    const stats = new Map<string, OperationStats>(
      [...OPERATIONS, "reader page", "no response"].map((op) => [op, newStats()]),
    );
    const timeline = newTimeline();
    const started = Date.now();
    const reviewers =
      config.reviewers === 0
        ? idle
        : autocannon({
            url: byRole ? servers.bases.slice(0, 1) : servers.bases,
            connections: config.reviewers,
            duration: seconds,
            timeout: 30,
            requests: mix.requests,
            setupClient: ((client: Parameters<typeof mix.setupClient>[0] & Parameters<typeof addThinkTime>[0]) => {
              mix.setupClient(client);
              addThinkTime(client, config.reviewerThinkMs, reviewerSeed++);
            }) as never,
          });
    const readers =
      config.readers === 0
        ? idle
        : autocannon({
            url: byRole ? servers.bases.slice(1) : servers.bases,
            connections: config.readers,
            duration: seconds,
            timeout: 30,
            setupClient: ((client: Parameters<typeof addThinkTime>[0]) =>
              addThinkTime(client, config.readerThinkMs, readerSeed++)) as never,
            requests: [
              {
                method: "GET",
                path: readerPaths[0],
                setupRequest: (req: { path: string }) => {
                  req.path = readerPaths[nextReaderPath++ % readerPaths.length];
                  return req;
                },
              },
            ],
          });
    const answered = (side: "writes" | "reader page", op: string, ms: number, outcome: string) => {
      record(stats.get(op)!, ms, outcome);
      addToTimeline(timeline, Date.now() - started, side, ms);
    };
    reviewers.on("response", (client: Client, status: number, _bytes: number, ms: number) => {
      answered(
        "writes",
        client.requestIterator.currentRequest.op,
        ms,
        status === 200 ? (client.requestIterator.context.lastOutcome ?? "unparsed") : String(status),
      );
    });
    readers.on("response", (_client: unknown, status: number, _bytes: number, ms: number) =>
      answered("reader page", "reader page", ms, status === 200 ? "ok" : String(status)),
    );
    const noResponse = (error: Error) =>
      record(stats.get("no response")!, 0, /timed out/.test(error.message) ? "timeout" : "connection error");
    reviewers.on("reqError", noResponse);
    readers.on("reqError", noResponse);
    await Promise.all([reviewers, readers]);
    const elapsed = (Date.now() - started) / 1000;
    const rows = [...stats]
      .filter(([op, s]) => op !== "no response" || s.latenciesMs.length > 0)
      .map(([op, s]) => toRow(op, s, elapsed));
    return { stats, rows, timeline, elapsed };
  };

  const loadAverage = () =>
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`;
  const describeLoad = `${config.reviewers} reviewers + ${config.readers} readers (mean think time ${config.reviewerThinkMs} / ${config.readerThinkMs} ms) on ${servers.bases.join(", ")}${servers.bases.length > 1 ? ` (split: ${args.split})` : ""}`;
  const phases: Awaited<ReturnType<typeof runPhase>>[] = [];
  if (config.warmup > 0) {
    console.log(`warm-up: ${describeLoad} for ${config.warmup} s (${loadAverage()}, ${cpus().length} cores)`);
    const warmup = await runPhase(config.warmup);
    console.log(
      `\n${formatTable(warmup.rows)}\n\nwarm-up by window (writes of every kind together):\n${formatTimeline(warmup.timeline)}\n`,
    );
    phases.push(warmup);
  }
  console.log(`load: ${describeLoad} for ${config.duration} s (${loadAverage()}, ${cpus().length} cores)`);
  const measured = await runPhase(config.duration);
  phases.push(measured);
  const { rows } = measured;
  console.log(`\n${formatTable(rows)}\n(${loadAverage()} at the end; ${measured.elapsed.toFixed(1)} s)`);
  console.log(`\nby window (writes of every kind together):\n${formatTimeline(measured.timeline)}`);
  serverErrors = phases.reduce((n, phase) => n + countServerErrors([...phase.stats.values()]), 0);

  // stop the servers first: whatever was in flight has committed or rolled back before the database is read
  await servers.stop();
  mkdirSync(".data/load", { recursive: true });
  const logPath = `.data/load/${runTag}-writes.jsonl`;
  writeFileSync(logPath, mix.log.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(
    `write log: ${logPath} (${mix.log.length} writes sent, ${mix.log.filter((r) => r.acked).length} acknowledged)`,
  );

  checks = verifyWrites(
    mix.log,
    await readDatabaseState(
      db,
      fixture.orgId,
      fixture.reviewers.map((r) => r.id),
    ),
  );
  checks.push({
    name: "no 5xx, lost connection or UNAVAILABLE refusal",
    pass: serverErrors === 0,
    detail: `${serverErrors} seen`,
  });
  const writeRows = rows.filter((r) => (OPERATIONS as string[]).includes(r.op));
  const slowest = writeRows.reduce((a, b) => (b.p95 > a.p95 ? b : a), writeRows[0]);
  const reader = rows.find((r) => r.op === "reader page")!;
  const targets: Check[] = [];
  if (config.reviewers > 0)
    targets.push({
      name: `target: write p95 under ${TARGETS.writeP95Ms} ms`,
      pass: slowest.p95 < TARGETS.writeP95Ms,
      detail: `slowest is ${slowest.op} at ${slowest.p95.toFixed(0)} ms`,
    });
  if (config.readers > 0)
    targets.push({
      name: `target: reader page p95 under ${TARGETS.readerP95Ms} ms`,
      pass: reader.p95 < TARGETS.readerP95Ms,
      detail: `${reader.p95.toFixed(0)} ms`,
    });
  console.log("");
  for (const c of [...checks, ...targets]) console.log(`${c.pass ? "PASS" : "FAIL"}  ${c.name} — ${c.detail}`);
} finally {
  await servers.stop();
  await db.$disconnect();
}
process.exitCode = checks.length > 0 && checks.every((c) => c.pass) ? 0 : 1;
