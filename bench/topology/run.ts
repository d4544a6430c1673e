// Topology bench (issue 19): the load test's mix (bench/load: reviewers writing through server actions, readers
// loading published pages) through nginx in front of two app servers, a PostgreSQL primary and its streaming replica
// (scripts/topology), while things break: one app server is killed with SIGKILL at 1/3 of the run and started again
// at 5/9; the replica is stopped at 2/3 and started at 5/6 (90 s: 30, 50, 60, 75 s). Reports per phase requests,
// p50/p95/p99 per operation and failed requests; then checks every acknowledged write in the primary (exactly once),
// that live updates (Server-Sent Events through nginx) still arrive, and compares reader throughput through the
// topology (replica serving reads) with one app server reading from the primary only.
// Usage (builds first when there is no production build):
//   npm run bench:topology -- [--duration 90] [--reviewers 20] [--readers 100] [--articles 10] [--port 3520|auto]
//     [--reviewer-think-ms 2000] [--reader-think-ms 1000] [--compare-seconds 10] [--check]
// Ports: nginx on --port, app servers on the next two, primary and replica on the two after, the primary-only
// comparison server after those (auto: six free ones). --check (scripts/test-all.sh): exit 1 when a check fails;
// exit 0 with a "skip" line when nginx or the PostgreSQL binaries are absent. A failed run keeps its logs, the write
// log (writes.jsonl) and every reviewer answer in order (trace.jsonl) in the folder it prints.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/db-client";
import { actionId, callServerAction, openEventStream, readActionIds, signIn } from "../../e2e/app-http";
import { findFreePorts, missingPieces, startTopology, type Topology } from "../../scripts/topology/topology.mjs";
import { setUpLoadOrganization } from "../load/setup";
import { startAppServers } from "../load/servers";
import { createReviewerMix } from "../load/reviewer-mix";
import { readDatabaseState } from "../load/read-database-state";
import { verifyWrites, type Check } from "../load/verify-writes";
import { addThinkTime } from "../load/think-time";
import { formatTable } from "../load/operation-stats";
import { faultSchedule, newPhaseLog, phaseAt, phaseRows, PHASES, recordAnswer, type Phase } from "./phases";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "90" },
    reviewers: { type: "string", default: "20" },
    readers: { type: "string", default: "100" },
    articles: { type: "string", default: "10" },
    port: { type: "string", default: "3520" },
    "reviewer-think-ms": { type: "string", default: "2000" },
    "reader-think-ms": { type: "string", default: "1000" },
    "compare-seconds": { type: "string", default: "10" },
    check: { type: "boolean", default: false },
  },
});
const num = (name: Exclude<keyof typeof args, "check">) => {
  const n = Number(args[name]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number ≥ 0, got "${args[name]}"`);
  return n;
};
const config = {
  duration: num("duration"),
  reviewers: num("reviewers"),
  readers: num("readers"),
  articles: num("articles"),
  port: args.port === "auto" ? 0 : num("port"),
  reviewerThinkMs: num("reviewer-think-ms"),
  readerThinkMs: num("reader-think-ms"),
  compareSeconds: num("compare-seconds"),
};
const root = path.resolve(import.meta.dirname, "../..");
const loadAverage = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`;
const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

const missing = missingPieces({ install: !args.check });
if (missing) {
  console.log(`skip: the topology needs ${missing.join("; ")}`);
  process.exit(args.check ? 0 : 2);
}
if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  if (args.check) {
    console.error("The topology fault test needs a production build: run `npm run build` first.");
    process.exit(2);
  }
  console.log("no production build yet: running `npm run build` first …");
  if (spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" }).status !== 0) process.exit(1);
}

// Ctrl-C or a kill: exit, so that the topology's exit hook stops everything it started
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
const work = mkdtempSync(path.join(tmpdir(), "factdesk-topology-bench-"));
chmodSync(work, 0o755); // the clusters run as the postgres user when we are root
const p = args.port === "auto" ? await findFreePorts(6) : config.port;
const ports = { nginx: p, apps: [p + 1, p + 2], primary: p + 3, replica: p + 4 };
const checks: Check[] = [];
let topology: Topology | undefined;
let failed = true;
try {
  const started = Date.now();
  topology = await startTopology({ root, work, ports, seed: false, log: (line) => console.log(`  ${line}`) });
  const db = createPrismaClient(topology.databaseUrl);
  (globalThis as { prisma?: unknown }).prisma = db;
  const runTag = `topology-${Date.now().toString(36)}`;
  const fixture = await setUpLoadOrganization(db, {
    slug: runTag,
    reviewers: config.reviewers,
    articles: config.articles,
    publishedClaimsPerArticle: 10,
  });
  console.log(
    `  organization ${runTag}: ${config.reviewers} reviewers, ${config.articles} published articles (${((Date.now() - started) / 1000).toFixed(0)} s since start)`,
  );
  const base = topology.publicUrl;
  const ids = readActionIds();
  const actions = {
    createClaim: actionId(ids, "lib/claims/actions.ts#createClaimAction"),
    saveClaim: actionId(ids, "lib/claims/actions.ts#saveClaimAction"),
    createComment: actionId(ids, "lib/discussion/actions.ts#createCommentAction"),
  };
  const cookies: string[] = [];
  for (const reviewer of fixture.reviewers) {
    const { cookie, error } = await signIn(base, reviewer.email, fixture.password);
    if (error) throw new Error(`sign-in of ${reviewer.email} through nginx failed: ${error}`);
    cookies.push(cookie);
  }
  // every server loads its routes before the clock starts (as the load test does)
  for (const app of topology.apps)
    for (const article of fixture.articles.slice(0, 3))
      await fetch(`${app.url}${article.readerPath}`).then((r) => r.arrayBuffer());

  // live updates: the organization's admin watches the first article through nginx (two streams: one per server,
  // round robin); the editor makes the check's own change (nobody is sent news of their own changes)
  const editor = await signIn(base, fixture.editorEmail, fixture.password);
  const admin = await signIn(base, fixture.editorEmail.replace(/^editor@/, "admin@"), fixture.password);
  if (editor.error || admin.error)
    throw new Error(`the editor's or admin's sign-in failed: ${editor.error ?? admin.error}`);
  const watchedArticle = fixture.articles[0].id;
  const streams: { opened: number; changes: string[] }[] = [];
  const streamsStop = new AbortController();
  const watch = async () => {
    const stream = { opened: Date.now(), changes: [] as string[] };
    streams.push(stream);
    await openEventStream(
      base,
      watchedArticle,
      admin.cookie,
      (event, data) => {
        if (event === "change") stream.changes.push(data);
      },
      streamsStop.signal,
    );
  };
  await Promise.all([watch(), watch()]);

  // the run: both sides through nginx, every answer filed under the phase it completed in
  const schedule = faultSchedule(config.duration);
  const log = newPhaseLog();
  const mix = createReviewerMix(fixture, actions, cookies, runTag);
  const readerPaths = fixture.articles.map((a) => a.readerPath);
  let nextReaderPath = 0;
  let reviewerSeed = 1;
  let readerSeed = 10_001;
  console.log(
    `\nload: ${config.reviewers} reviewers + ${config.readers} readers (mean think time ${config.reviewerThinkMs} / ${config.readerThinkMs} ms) through nginx ${base} for ${config.duration} s (${loadAverage()}, ${cpus().length} cores)`,
  );
  console.log(
    `faults: app server ${ports.apps[1]} SIGKILL at ${schedule.killApp} s, restarted at ${schedule.restartApp} s; replica stopped at ${schedule.stopReplica} s, started at ${schedule.startReplica} s`,
  );
  const t0 = Date.now();
  const phaseNow = (): Phase => phaseAt((Date.now() - t0) / 1000, schedule);
  type Client = { requestIterator: { currentRequest: { op: string }; context: { lastOutcome?: string } } };
  const reviewers = autocannon({
    url: base,
    connections: config.reviewers,
    duration: config.duration,
    timeout: 30,
    requests: mix.requests,
    setupClient: ((client: Parameters<typeof mix.setupClient>[0] & Parameters<typeof addThinkTime>[0]) => {
      mix.setupClient(client);
      addThinkTime(client, config.reviewerThinkMs, reviewerSeed++);
    }) as never,
  });
  const readers = autocannon({
    url: base,
    connections: config.readers,
    duration: config.duration,
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
  const trace: string[] = [];
  reviewers.on("response", (client: Client, status: number, _bytes: number, ms: number) => {
    const outcome = status === 200 ? (client.requestIterator.context.lastOutcome ?? "unparsed") : String(status);
    trace.push(
      JSON.stringify({
        t: Date.now() - t0,
        r: (client.requestIterator.context as { reviewer?: number }).reviewer,
        op: client.requestIterator.currentRequest.op,
        status,
        outcome,
        ms,
      }),
    );
    recordAnswer(log, phaseNow(), "write", client.requestIterator.currentRequest.op, ms, outcome);
  });
  readers.on("response", (_client: unknown, status: number, _bytes: number, ms: number) =>
    recordAnswer(log, phaseNow(), "reader", "reader page", ms, status === 200 ? "ok" : String(status)),
  );
  const lost = (side: "reader" | "write") => (error: Error) =>
    recordAnswer(
      log,
      phaseNow(),
      side,
      "no response",
      null,
      /timed out/.test(error.message) ? "timeout" : "connection error",
    );
  reviewers.on("reqError", lost("write"));
  readers.on("reqError", lost("reader"));

  const events: string[] = [];
  const at = (s: number) => t0 + s * 1000;
  const faults = (async () => {
    const victim = topology!.apps[1];
    await sleepUntil(at(schedule.killApp));
    victim.kill9();
    events.push(`${((Date.now() - t0) / 1000).toFixed(1)} s: app server ${victim.port} killed (SIGKILL)`);
    await sleepUntil(at(schedule.restartApp));
    const restarting = Date.now();
    const ready = victim.start().then((ms) => {
      events.push(
        `${((Date.now() - t0) / 1000).toFixed(1)} s: app server ${victim.port} ready again (${ms} ms after its restart at ${((restarting - t0) / 1000).toFixed(1)} s)`,
      );
    });
    await sleepUntil(at(schedule.stopReplica));
    topology!.replica.stop();
    events.push(`${((Date.now() - t0) / 1000).toFixed(1)} s: replica stopped`);
    await sleepUntil(at(schedule.startReplica));
    topology!.replica.start();
    events.push(`${((Date.now() - t0) / 1000).toFixed(1)} s: replica started`);
    // two fresh streams once everything is back: live updates must reach them through nginx again
    await Promise.all([watch(), watch()]);
    await ready;
  })();
  await Promise.all([reviewers, readers, faults]);
  const elapsed = (Date.now() - t0) / 1000;
  // a change of our own on the watched article, through nginx: the streams opened after the faults must both get it
  const watched = fixture.articles[0];
  const liveWrite = await callServerAction<{ id: string }>(
    base,
    `/articles/${watched.id}`,
    actions.createClaim,
    [{ articleId: watched.id, versionId: watched.versionId, start: 3, end: 33 }],
    editor.cookie,
  );
  const wroteAt = Date.now();
  const late = streams.slice(2);
  // the event may come before the action's own answer: it is recognised by the new claim's id, not by its time
  const newClaimId = liveWrite.result?.ok ? liveWrite.result.data.id : "(none)";
  const gotIt = (st: (typeof streams)[number]) => st.changes.some((data) => data.includes(newClaimId));
  while (Date.now() - wroteAt < 10_000 && !late.every(gotIt)) await new Promise((r) => setTimeout(r, 100));
  streamsStop.abort();
  console.log(`\n${events.join("\n")}\n(${loadAverage()} at the end; ${elapsed.toFixed(1)} s)`);

  const bounds: Record<Phase, [number, number]> = {
    steady: [0, schedule.killApp],
    "app server killed": [schedule.killApp, schedule.restartApp],
    "app server restarted": [schedule.restartApp, schedule.stopReplica],
    "replica stopped": [schedule.stopReplica, schedule.startReplica],
    "replica back": [schedule.startReplica, elapsed],
  };
  for (const phase of PHASES) {
    const [from, to] = bounds[phase];
    const failures = log.failed.get(phase)!;
    console.log(
      `\n${phase} (${from}–${to.toFixed(0)} s): failed reader requests ${failures.reader}, failed writes ${failures.write}`,
    );
    console.log(formatTable(phaseRows(log, phase, Math.max(0.1, to - from))));
  }
  const readerFailures = PHASES.reduce((n, ph) => n + log.failed.get(ph)!.reader, 0);
  const writeFailures = PHASES.reduce((n, ph) => n + log.failed.get(ph)!.write, 0);
  checks.push({
    name: "0 failed reader requests through nginx, faults included",
    pass: readerFailures === 0,
    detail: `${readerFailures} failed`,
  });
  const acked = mix.log.filter((r) => r.acked).length;
  console.log(
    `\nwrites: ${mix.log.length} sent, ${acked} acknowledged, ${writeFailures} failed in flight (5xx or no answer: cut off by the kill)`,
  );

  console.log(
    `live updates through nginx: ${streams.map((s, i) => `stream ${i + 1} (opened at ${((s.opened - t0) / 1000).toFixed(0)} s) got ${s.changes.length} changes`).join(", ")}`,
  );
  checks.push({
    name: "live updates (SSE through nginx) reach streams opened after the faults",
    pass: liveWrite.result?.ok === true && late.length === 2 && late.every(gotIt),
    detail: liveWrite.result?.ok
      ? `the editor's new claim reached ${late.filter(gotIt).length} of 2 streams within 10 s`
      : `the editor's write through nginx failed (status ${liveWrite.status})`,
  });

  writeFileSync(path.join(work, "writes.jsonl"), mix.log.map((r) => JSON.stringify(r)).join("\n"));
  writeFileSync(path.join(work, "trace.jsonl"), trace.join("\n"));
  // stop the app servers first: whatever was in flight has committed or rolled back before the primary is read
  // (the health check stops too: these stops are ours, and nginx's passive check covers the restart)
  topology.health.stop();
  await Promise.all(topology.apps.map((a) => a.stop()));
  const state = await readDatabaseState(
    db,
    fixture.orgId,
    fixture.reviewers.map((r) => r.id),
  );
  checks.push(...verifyWrites(mix.log, state));
  await Promise.all(topology.apps.map((a) => a.start()));

  // reader throughput: the topology (two servers, replica serving reads) against one server on the primary alone
  if (config.compareSeconds > 0) {
    const saturate = async (url: string) => {
      let i = 0;
      const result = await autocannon({
        url,
        connections: 50,
        duration: config.compareSeconds,
        timeout: 30,
        requests: [
          {
            method: "GET",
            path: readerPaths[0],
            setupRequest: (req: { path: string }) => ({ ...req, path: readerPaths[i++ % readerPaths.length] }),
          },
        ],
      });
      return { perSecond: result.requests.average, p95: result.latency.p97_5, errors: result.errors + result.non2xx };
    };
    process.env.DATABASE_REPLICA_URL = ""; // the comparison server reads from the primary only
    const single = await startAppServers({
      count: 1,
      firstPort: p + 5,
      databaseUrl: topology.databaseUrl,
      authSecret: topology.env.AUTH_SECRET,
      serverLogs: "hide",
    });
    const topologyRounds: Awaited<ReturnType<typeof saturate>>[] = [];
    const singleRounds: Awaited<ReturnType<typeof saturate>>[] = [];
    try {
      for (const url of [base, ...topology.apps.map((a) => a.url), single.bases[0]])
        for (const readerPath of readerPaths) await fetch(`${url}${readerPath}`).then((r) => r.arrayBuffer());
      // alternated, so that whatever else the machine is doing weighs on both alike
      for (let round = 0; round < 2; round++) {
        topologyRounds.push(await saturate(base));
        singleRounds.push(await saturate(single.bases[0]));
      }
    } finally {
      await single.stop();
    }
    const combine = (rounds: typeof topologyRounds) => ({
      perSecond: rounds.reduce((n, r) => n + r.perSecond, 0) / rounds.length,
      p95: Math.max(...rounds.map((r) => r.p95)),
      errors: rounds.reduce((n, r) => n + r.errors, 0),
    });
    const topologyReads = combine(topologyRounds);
    const singleReads = combine(singleRounds);
    console.log(
      `\nreader throughput, 2 alternated rounds of ${config.compareSeconds} s each, 50 connections without pauses (${loadAverage()}):\n` +
        `  through nginx, 2 app servers, replica serving reads: ${topologyReads.perSecond.toFixed(0)} req/s (p97.5 ${topologyReads.p95} ms, ${topologyReads.errors} errors)\n` +
        `  one app server, primary only:                        ${singleReads.perSecond.toFixed(0)} req/s (p97.5 ${singleReads.p95} ms, ${singleReads.errors} errors)`,
    );
    checks.push({
      name: "reader throughput with the replica serving reads ≥ one primary-only server's",
      pass: topologyReads.perSecond >= singleReads.perSecond && topologyReads.errors === 0,
      detail: `${topologyReads.perSecond.toFixed(0)} vs ${singleReads.perSecond.toFixed(0)} req/s`,
    });
  }
  await db.$disconnect();
  console.log("");
  for (const c of checks) console.log(`${c.pass ? "PASS" : "FAIL"}  ${c.name} — ${c.detail}`);
  failed = !checks.every((c) => c.pass);
} catch (e) {
  console.error(`FAIL  the topology bench could not run: ${e instanceof Error ? e.message : e}`);
} finally {
  await topology?.stop();
  if (failed) console.log(`logs kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
