#!/usr/bin/env node
// Fault test (issue 8), run by scripts/test-all.sh after the build: a write load over HTTP while
//   a. the app server (on real PostgreSQL) is killed with SIGKILL and started again;
//   b. PostgreSQL is stopped for a few seconds and started again, the app left running;
//   c. the app on the embedded database (launcher + PGlite + scripts/server.mjs) is killed with SIGKILL and started again.
// Each time: every acknowledged write is stored exactly once with its audit row, requests get an answer (503 while
// the database is away, quickly, never a stack trace), and the app recovers by itself. PostgreSQL runs in a
// throwaway cluster of this test's own (never the shared server); without initdb/pg_ctl, a and b are skipped.
// Usage: node scripts/fault-test.mjs [postgres|embedded]   (after `npm run build`; no argument runs all three)
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startApp } from "./fault/app-process.mjs";
import { createCluster, findPostgresBin } from "./fault/cluster.mjs";
import { startLoad, summarize, waitForAcknowledgedWrite } from "./fault/load.mjs";
import { prepareDemo } from "./fault/setup.mjs";
import { verifyWrites } from "./fault/verify.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const OUTAGE_MS = 4_000;
const MAX_503_MS = 6_000; // "quickly": connect timeout (5 s) plus a margin on a loaded 2-core machine
const results = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function check(name, problems) {
  results.push({ name, problems });
  console.log(problems.length ? `  FAIL ${name}\n${problems.map((p) => `    - ${p}`).join("\n")}` : `  ok   ${name}`);
}

function commonProblems(summary, verified) {
  const problems = [...verified.problems];
  if (!summary.acknowledged.length) problems.push("no write was acknowledged at all");
  if (summary.stackTraces) problems.push(`${summary.stackTraces} response(s) contained a stack trace`);
  if (summary.timeouts) problems.push(`${summary.timeouts} request(s) hung until the client gave up`);
  return problems;
}

function appEnv(port, databaseUrl) {
  return {
    NODE_ENV: "production",
    PORT: String(port),
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    AUTH_TRUST_HOST: "true",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
}

async function runWithDb(env, args, logFile) {
  const app = startApp({
    command: process.execPath,
    args: [path.join(root, "scripts/with-db.mjs"), ...args],
    env,
    port: 0,
    logFile,
    cwd: root,
  });
  while (!app.exited) await sleep(200);
  if (app.exitCode !== 0)
    throw new Error(`with-db.mjs ${args.join(" ")} failed (exit ${app.exitCode}; see ${logFile})`);
}

/** a and b: one throwaway cluster, migrated and seeded once. */
async function realPostgresScenarios(work) {
  const bin = findPostgresBin();
  if (!bin) {
    console.log(
      "  skip a and b: no PostgreSQL server binaries (initdb, pg_ctl) found; install postgresql or set PG_BIN",
    );
    return;
  }
  const cluster = createCluster(bin, path.join(work, "pg"), await freePort());
  let app;
  try {
    let t = Date.now();
    cluster.init();
    cluster.start();
    const databaseUrl = cluster.url("postgres");
    const port = await freePort();
    const env = appEnv(port, databaseUrl);
    await runWithDb(env, ["--seed"], path.join(work, "migrate.log"));
    const demo = await prepareDemo(databaseUrl);
    console.log(`  throwaway PostgreSQL on port ${cluster.port} ready, migrated and seeded in ${Date.now() - t} ms`);
    const next = () =>
      startApp({
        command: process.execPath,
        args: [path.join(root, "scripts/server.mjs"), "-p", String(port)],
        env,
        port,
        logFile: path.join(work, "app.log"),
        cwd: root,
      });
    app = next();
    console.log(`  app ready in ${await app.waitReady()} ms`);
    const baseUrl = `http://127.0.0.1:${port}`;

    // b. PostgreSQL away for a few seconds, the app left running
    let load = startLoad({ baseUrl, ...demo });
    await sleep(2_000);
    cluster.stop();
    const stoppedAt = Date.now();
    // requests of our own during the outage, so that it is measured even if every worker is still waiting on one
    const probes = await load.probe();
    await sleep(Math.max(0, stoppedAt + OUTAGE_MS - Date.now()));
    cluster.start();
    const startedAt = Date.now();
    const recoveredAt = await waitForAcknowledgedWrite(load.log, startedAt, 30_000);
    await sleep(1_500);
    let log = await load.stop();
    let summary = summarize(log);
    const summaryB = summary;
    const during = log.filter((r) => r.started >= stoppedAt && r.started < startedAt);
    const unavailable = during.filter((r) => r.status === 503);
    // A page already rendering when the connection dropped cannot be turned into a 503 (Next sets 500 for any error
    // thrown while rendering); it gets the error page (app/error.tsx). Every request after that gets the 503.
    const cutOffPages = log.filter((r) => r.kind === "page" && r.errorPage && r.started < stoppedAt);
    const otherFailures = log.filter(
      (r) => typeof r.status === "number" && r.status >= 500 && r.status !== 503 && !cutOffPages.includes(r),
    );
    const slow503 = unavailable.filter((r) => r.ms > MAX_503_MS);
    const verifiedB = await verifyWrites(databaseUrl, summary.acknowledged);
    console.log(
      `  b. PostgreSQL stopped for ${startedAt - stoppedAt} ms: ${during.length} requests during the outage, ${unavailable.length} answered 503 ` +
        `(slowest ${Math.max(0, ...unavailable.map((r) => r.ms))} ms, median ${median(unavailable.map((r) => r.ms))} ms); ` +
        `first acknowledged write ${recoveredAt ? recoveredAt - startedAt : "never"} ms after PostgreSQL was back; ` +
        `${summary.acknowledged.length} writes acknowledged, ${verifiedB.stored} stored (${verifiedB.storedUnacknowledged} committed but not acknowledged); ` +
        `${unavailable.filter((r) => r.fastPath).length} of the 503s answered by the proxy without trying the database; ` +
        `${cutOffPages.length} page(s) in the middle of rendering when the connections dropped got the error page (500)`,
    );
    console.log(`     statuses: ${JSON.stringify(summary.statuses)}`);
    check("b. PostgreSQL restart under write load", [
      ...commonProblems(summary, verifiedB),
      // a probe may still be answered by a write that committed as PostgreSQL went down (verified above); what must
      // never happen is another answer, and the outage must have been met with 503s
      ...(probes.every((r) => r.status === 503 || r.status === 201 || r.status === 200)
        ? []
        : [
            `requests sent during the outage got ${probes.map((r) => `${r.kind} ${r.status}`).join(", ")} instead of 503`,
          ]),
      ...(unavailable.length > 0 ? [] : ["no request during the outage was answered 503"]),
      ...(during.every((r) => r.status === 503 || r.status === 201 || r.status === 200)
        ? []
        : [
            `requests during the outage got ${[...new Set(during.map((r) => r.status))].join(", ")} (only 503 is a clear answer)`,
          ]),
      ...(otherFailures.length
        ? [
            `${otherFailures.length} response(s) with a 5xx other than 503: ${[...new Set(otherFailures.map((r) => `${r.kind} ${r.status}`))].join(", ")}`,
          ]
        : []),
      ...(slow503.length ? [`${slow503.length} 503 answer(s) took longer than ${MAX_503_MS} ms`] : []),
      ...(recoveredAt ? [] : ["the app did not acknowledge a write within 30 s of PostgreSQL being back"]),
    ]);

    // a. the app server killed with SIGKILL in the middle of the load, then started again
    load = startLoad({ baseUrl, ...demo });
    await sleep(2_000);
    app.kill9();
    const killedAt = Date.now();
    app = next();
    const readyMs = await app.waitReady();
    const back = await waitForAcknowledgedWrite(load.log, killedAt + readyMs, 30_000);
    await sleep(1_500);
    log = await load.stop();
    summary = summarize(log);
    const verifiedA = await verifyWrites(databaseUrl, [...summaryB.acknowledged, ...summary.acknowledged]);
    console.log(
      `  a. app killed (SIGKILL) and restarted: ready again after ${readyMs} ms; ${summary.acknowledged.length} writes acknowledged in this run, ` +
        `all ${verifiedA.stored} API writes so far verified (${verifiedA.storedUnacknowledged} committed but not acknowledged: cut off by the kill or the outage)`,
    );
    console.log(`     statuses: ${JSON.stringify(summary.statuses)}`);
    check("a. app server killed under write load", [
      ...commonProblems(summary, verifiedA),
      ...(back ? [] : ["no write was acknowledged after the restart"]),
    ]);
  } finally {
    await app?.stop();
    cluster.destroy();
  }
}

/** c: the embedded database, the whole process group killed. */
async function embeddedScenario(work) {
  const port = await freePort();
  const pglitePort = await freePort();
  // DATABASE_URL empty: the launcher starts the embedded database even when the suite runs with a PostgreSQL URL
  const env = {
    ...appEnv(port),
    DATABASE_URL: "",
    PGLITE_DIR: path.join(work, "pglite"),
    PGLITE_PORT: String(pglitePort),
  };
  // the embedded database's password is made at its first start, beside its data (scripts/with-db.mjs)
  const databaseUrlOf = () =>
    `postgresql://postgres:${encodeURIComponent(readFileSync(`${env.PGLITE_DIR}.password`, "utf8").trim())}@127.0.0.1:${pglitePort}/postgres`;
  const launch = () =>
    startApp({
      command: process.execPath,
      args: [
        path.join(root, "scripts/with-db.mjs"),
        "--seed",
        "node",
        path.join(root, "scripts/server.mjs"),
        "-p",
        String(port),
      ],
      env,
      port,
      logFile: path.join(work, "embedded.log"),
      cwd: root,
    });
  let app = launch();
  try {
    console.log(`  embedded app (PGlite) cold start: ready in ${await app.waitReady(180_000)} ms`);
    const databaseUrl = databaseUrlOf();
    const demo = await prepareDemo(databaseUrl);
    const baseUrl = `http://127.0.0.1:${port}`;
    const load = startLoad({ baseUrl, ...demo, workers: 3 });
    await sleep(2_500);
    app.kill9();
    const killedAt = Date.now();
    app = launch();
    const readyMs = await app.waitReady(180_000);
    const back = await waitForAcknowledgedWrite(load.log, killedAt + readyMs, 30_000);
    await sleep(1_500);
    const log = await load.stop();
    const summary = summarize(log);
    const verified = await verifyWrites(databaseUrl, summary.acknowledged);
    if (summary.timeouts)
      console.log(
        `     hung requests started at ${summary.timeoutStarts.map((t) => `${t - killedAt} ms`).join(", ")} after the kill (ready again at ${readyMs} ms)`,
      );
    console.log(
      `  c. embedded app killed (SIGKILL, whole process group) and restarted: ready again after ${readyMs} ms; ` +
        `${summary.acknowledged.length} writes acknowledged, ${verified.stored} stored (${verified.storedUnacknowledged} committed but not acknowledged)`,
    );
    console.log(`     statuses: ${JSON.stringify(summary.statuses)}`);
    check("c. embedded-database app killed under write load", [
      ...commonProblems(summary, verified),
      ...(back ? [] : ["no write was acknowledged after the restart"]),
    ]);
  } finally {
    await app.stop();
  }
}

function median(values) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("The fault test needs a production build: run `npm run build` first.");
  process.exit(2);
}
const work = mkdtempSync(path.join(tmpdir(), "factdesk-fault-"));
chmodSync(work, 0o755); // the throwaway cluster runs as the postgres user when we are root
const started = Date.now();
let failed = false;
try {
  const only = process.argv[2];
  if (!only || only === "postgres") await realPostgresScenarios(work);
  if (!only || only === "embedded") await embeddedScenario(work);
} catch (e) {
  console.error(`  FAIL the fault test could not run: ${e.message}`);
  failed = true;
}
const failures = results.filter((r) => r.problems.length).length + (failed ? 1 : 0);
if (failures) console.log(`  logs kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`fault tests finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${results.length - results.filter((r) => r.problems.length).length} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
