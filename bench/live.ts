// Live-update benchmark (issue 5): reviewer A saves a claim card 100 times; reviewer B listens. Prints p50/p95 of
// the time from A's save committing to B receiving the change:
//   1. over HTTP: B reads the app's Server-Sent Events stream (`next start`, LISTEN/NOTIFY inside the app), unless
//      LIVE_BENCH_SKIP_HTTP=1. LIVE_BENCH_URL points at an app already running on the same database instead.
//   2. in-process, through the listener with LISTEN/NOTIFY (what the app does, minus HTTP);
//   3. in-process, through the polling fallback (what the app does on the embedded database).
// Usage: npm run build, then DATABASE_URL=postgresql://... node scripts/with-db.mjs tsx --conditions=react-server bench/live.ts
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db-client";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { createArticle } from "@/lib/articles/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { saveClaim } from "@/lib/claims/save-claim";
import { LiveListener } from "@/lib/live/listener";
import { openEventStream, signIn } from "../e2e/app-http";
import { startAppServers, type AppServers } from "./load/servers";
import { formatSummary, summarize } from "./stats";

const SAVES = 100;
// A random pause between saves: each is measured on its own, and saves do not fall into step with the 1 s poll.
const pause = () => 100 + Math.random() * 1_000;
const db = createPrismaClient(process.env.DATABASE_URL!);
(globalThis as { prisma?: unknown }).prisma = db;

const slug = `bench-live-${Date.now().toString(36)}`;
const demo = await seedDemoData(db, { slug, emailDomain: `${slug}.example` });
const a = { userId: demo.users.REVIEWER.id, orgId: demo.orgId };
const { articleId } = await createArticle(a, {
  title: "Live benchmark",
  outlet: "Bench",
  author: null,
  originalPublishedAt: null,
  originalUrl: null,
  text: "The council doubled the parks budget on Tuesday.",
  html: null,
});
const versionId = (await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { currentVersionId: true } }))
  .currentVersionId!;
let claim = await createClaim(a, { articleId, versionId, start: 4, end: 11 });
const options = demo.scales.fiveLevel.options;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Saves one changed verdict; resolves when the transaction has committed.
async function saveOnce(i: number): Promise<number> {
  claim = await saveClaim(a, {
    claimId: claim.id,
    lockVersion: claim.lockVersion,
    claimant: `Mayor ${i}`,
    claimDate: null,
    claimContext: "",
    verdictOptionId: options[i % options.length].id,
    rationale: `Checked ${i}.`,
    citations: [],
  });
  return performance.now();
}

// A queue of arrival times: saves run one at a time, so the n-th "claim.updated" arrival belongs to the n-th save.
function arrivals() {
  const queue: number[] = [];
  const waiters: ((t: number) => void)[] = [];
  return {
    push(t: number) {
      const w = waiters.shift();
      if (w) w(t);
      else queue.push(t);
    },
    next(timeoutMs = 5_000): Promise<number | null> {
      const t = queue.shift();
      if (t !== undefined) return Promise.resolve(t);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(done), 1);
          resolve(null);
        }, timeoutMs);
        const done = (at: number) => {
          clearTimeout(timer);
          resolve(at);
        };
        waiters.push(done);
      });
    },
  };
}

async function measure(label: string, heard: ReturnType<typeof arrivals>) {
  const latencies: number[] = [];
  let missed = 0;
  for (let i = 0; i < SAVES; i++) {
    const committed = await saveOnce(i);
    const at = await heard.next();
    if (at === null) missed++;
    else latencies.push(Math.max(0, at - committed)); // an arrival can beat the commit's reply to this process
    await sleep(pause());
  }
  console.log(`${formatSummary(label, summarize(latencies))}${missed ? ` (${missed} not received within 5 s)` : ""}`);
}

async function measureListener(label: string, forcePolling: boolean) {
  const listener = new LiveListener({ url: process.env.DATABASE_URL!, forcePolling, log: () => {} });
  const mode = await listener.ready();
  const heard = arrivals();
  let ready!: () => void;
  const isReady = new Promise<void>((r) => (ready = r));
  const unsubscribe = listener.subscribe(articleId, (s) => {
    if (s.type === "presence") ready();
    else if (s.event.action === "claim.updated") heard.push(performance.now());
  });
  await isReady;
  await measure(`${label} [mode: ${mode}]`, heard);
  unsubscribe();
  await listener.close();
}

async function measureHttp() {
  let server: AppServers | undefined;
  let base = process.env.LIVE_BENCH_URL;
  if (!base) {
    server = await startAppServers({
      count: 1,
      firstPort: 3500 + Math.floor(Math.random() * 100),
      databaseUrl: process.env.DATABASE_URL!,
      authSecret: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123",
      serverLogs: "hide",
    });
    base = server.bases[0];
  }
  const stop = new AbortController();
  try {
    const { cookie, error } = await signIn(base, `editor@${slug}.example`, DEMO_PASSWORD);
    if (error) throw new Error(`sign-in of the editor failed (${error})`);
    const heard = arrivals();
    // B's event stream: each claim.updated change is an arrival
    await openEventStream(
      base,
      articleId,
      cookie,
      (event, data) => {
        if (event === "change" && data.includes('"action":"claim.updated"')) heard.push(performance.now());
      },
      stop.signal,
    );
    await sleep(500);
    await measure("SSE over HTTP, app listening with LISTEN/NOTIFY (commit → event read by B)", heard);
  } finally {
    stop.abort();
    await server?.stop();
  }
}

try {
  if (process.env.LIVE_BENCH_SKIP_HTTP !== "1") await measureHttp();
  await measureListener("in-process listener (commit → subscriber)", false);
  await measureListener("in-process listener, polling fallback (commit → subscriber)", true);
} finally {
  await db.organization.delete({ where: { id: demo.orgId } }).catch(() => {});
  await db.user.deleteMany({ where: { email: { endsWith: `@${slug}.example` } } });
  await db.$disconnect();
}
