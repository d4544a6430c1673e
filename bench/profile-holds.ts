// Profiling aid (issue 14): how long each heavy operation holds the database connection at a time. On the embedded
// database the app has one connection, so the longest hold is about the longest any other request waits.
// Usage: npm run build-workers first, then
//   PGLITE_DIR=memory:// node scripts/with-db.mjs tsx --conditions=react-server bench/profile-holds.ts [ops]
import pg from "pg";

type Hold = { ms: number; sql: string; steps: string[] };
let holds: Hold[] = [];
const proto = pg.Pool.prototype as unknown as { connect: (...a: unknown[]) => unknown };
const connect = proto.connect;
function track(client: { release: (e?: unknown) => void; query: (...a: unknown[]) => unknown }) {
  const started = performance.now();
  let first = "";
  const steps: string[] = [];
  const query = client.query;
  client.query = function (this: unknown, ...a: unknown[]) {
    const q = a[0] as string | { text?: string };
    const text = (typeof q === "string" ? q : (q?.text ?? "")).slice(0, 60);
    if (!first) first = text.slice(0, 90);
    const t = performance.now();
    const out = query.apply(this, a) as unknown;
    if (out && typeof (out as Promise<unknown>).then === "function")
      (out as Promise<unknown>).then(
        () => steps.push(`${(performance.now() - t).toFixed(0)} ms ${text}`),
        () => {},
      );
    return out;
  } as typeof client.query;
  const release = client.release;
  client.release = (e?: unknown) => {
    client.query = query;
    client.release = release;
    holds.push({ ms: performance.now() - started, sql: first, steps });
    return release.call(client, e);
  };
}
proto.connect = function (this: unknown, cb?: unknown) {
  if (typeof cb === "function")
    return connect.call(this, (err: unknown, client: Parameters<typeof track>[0], done: unknown) => {
      if (client) track(client);
      (cb as (...a: unknown[]) => void)(err, client, done);
    });
  return (connect.call(this) as Promise<Parameters<typeof track>[0]>).then((client) => {
    track(client);
    return client;
  });
};

const { createPrismaClient } = await import("@/lib/db-client");
const { seedDemoData } = await import("@/lib/seed/demo");
const { generateArticles } = await import("@/test/fixtures/generate-articles");
const db = createPrismaClient(process.env.DATABASE_URL!, 1);
(globalThis as { prisma?: unknown }).prisma = db;
const { buildReviewReport } = await import("@/lib/reports/build-report");
const { openOrgExport } = await import("@/lib/reports/org-export");
const { importReviewReport } = await import("@/lib/reports/import-report");
const { createArticle } = await import("@/lib/articles/mutations");

const only = process.argv[2]?.split(",");
const run = `pf-${Date.now().toString(36)}`;
console.log("seeding", performance.now());
const demo = await seedDemoData(db, { slug: run, emailDomain: `${run}.example` });
const generate = (articles: number, claimsPerArticle: number) =>
  generateArticles(db, {
    orgId: demo.orgId,
    userId: demo.users.REVIEWER.id,
    optionIds: demo.scales.fiveLevel.options.map((o) => o.id),
    expertId: demo.expertId,
    articles,
    claimsPerArticle,
    citationsPerClaim: 1,
    fillerSentences: 20,
  });
console.log("generating", performance.now());
const [bigId] = await generate(1, 600);
console.log("generated 600", performance.now());
await generate(299, 3);
console.log("setup done", performance.now());
const actor = { userId: demo.users.EDITOR.id, orgId: demo.orgId };

async function measure(name: string, fn: () => Promise<unknown>) {
  if (only && !only.includes(name)) return;
  holds = [];
  const t = performance.now();
  await fn();
  const total = performance.now() - t;
  const sorted = [...holds].sort((a, b) => b.ms - a.ms);
  const held = holds.reduce((s, h) => s + h.ms, 0);
  console.log(
    `\n${name}: ${(total / 1000).toFixed(2)} s, ${holds.length} holds, ${(held / 1000).toFixed(2)} s held, max ${sorted[0]?.ms.toFixed(0)} ms, p95 ${sorted[Math.floor(sorted.length * 0.05)]?.ms.toFixed(0)} ms`,
  );
  for (const h of sorted.slice(0, 4)) {
    console.log(`  ${h.ms.toFixed(0).padStart(5)} ms  ${h.sql}`);
    for (const step of h.steps.slice(0, 12)) console.log(`        ${step}`);
  }
}

const sentence = "The council debated the budget for schools and roads on Tuesday evening. ";
const plain = sentence.repeat(Math.floor((5 * 1024 * 1024 - 1024) / sentence.length)).trim();
await measure("paste", () =>
  createArticle(actor, {
    title: "Paste",
    outlet: null,
    author: null,
    originalPublishedAt: null,
    originalUrl: null,
    text: plain,
    html: null,
  }),
);
await measure("pdf", () => buildReviewReport(demo.orgId, bigId));
await measure("export", async () => {
  const { stream } = await openOrgExport(demo.orgId, { format: "jsonl" });
  const reader = stream.getReader();
  while (!(await reader.read()).done);
});
const seedReport = await buildReviewReport(demo.orgId, demo.articleId);
await measure("import", () =>
  importReviewReport(actor, {
    ...seedReport,
    claims: Array.from({ length: 4_500 }, (_, i) => ({
      ...seedReport.claims[i % seedReport.claims.length],
      id: `c${i}`,
      citations: seedReport.claims[i % seedReport.claims.length].citations.slice(0, 1),
    })),
  }),
);
await db.$disconnect();
process.exit(0);
