// Annotator benchmark (issue 4): a 20,000-word article with 300 claims.
// Prints: server time to create a claim (p50/p95 over 200 creations, in-process, real database), the annotator
// page's server response time (p50/p95 over 20 requests) and the time until every highlight is in the browser.
// Usage: npm run bench:annotator   (needs `npm run build` first; DATABASE_URL = a PostgreSQL server, else embedded)
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { createArticle } from "@/lib/articles/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { startAppServers } from "./load/servers";
import { summarize, formatSummary } from "./stats";

const PORT = 3400 + Math.floor(Math.random() * 100);
const base = `http://127.0.0.1:${PORT}`;
const db = createPrismaClient(process.env.DATABASE_URL!);
(globalThis as { prisma?: unknown }).prisma = db;

const slug = `bench-${Date.now().toString(36)}`;
const demo = await seedDemoData(db, { slug, emailDomain: `${slug}.example` });
const actor = { userId: demo.users.REVIEWER.id, orgId: demo.orgId };
const seedText = (await db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } })).text;

// ~20,000 words: the seed article's paragraphs, numbered so every sentence is distinct
const paragraphs: string[] = [];
for (let i = 0; paragraphs.join(" ").split(/\s+/).length < 20_000; i++) {
  for (const line of seedText.split("\n")) paragraphs.push(`${line} (Part ${i + 1}.)`);
}
const text = paragraphs.join("\n");
const { articleId } = await createArticle(actor, {
  title: "Benchmark article",
  outlet: "Bench",
  author: null,
  originalPublishedAt: null,
  originalUrl: null,
  text,
  html: null,
});
const article = await db.article.findUniqueOrThrow({
  where: { id: articleId },
  select: { currentVersion: { select: { id: true, text: true } } },
});
const stored = article.currentVersion!.text;

const lines = stored.split("\n");
const starts: number[] = [];
let offset = 0;
for (const line of lines) {
  starts.push(offset);
  offset += line.length + 1;
}
const creationMs: number[] = [];
for (let i = 0; i < 300; i++) {
  const lineIndex = Math.floor((i * lines.length) / 300);
  const line = lines[lineIndex];
  const start = starts[lineIndex] + Math.floor(line.length / 4);
  const end = Math.min(start + 40, starts[lineIndex] + line.length);
  const t0 = performance.now();
  await createClaim(actor, { articleId, versionId: article.currentVersion!.id, start, end });
  if (i < 200) creationMs.push(performance.now() - t0);
}
console.log(`article: ${text.split(/\s+/).length} words, ${stored.length} characters, 300 claims`);
console.log(formatSummary("claim creation (server, in-process)", summarize(creationMs)));

const server = await startAppServers({
  count: 1,
  firstPort: PORT,
  databaseUrl: process.env.DATABASE_URL!,
  authSecret: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123",
  serverLogs: "hide",
});
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const context = await browser.newContext();
  const { csrfToken } = await (await context.request.get(`${base}/api/auth/csrf`)).json();
  await context.request.post(`${base}/api/auth/callback/credentials`, {
    form: { email: `reviewer@${slug}.example`, password: DEMO_PASSWORD, csrfToken },
  });
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const responseMs: number[] = [];
  for (let i = 0; i < 22; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}/articles/${articleId}`, { headers: { cookie } });
    await res.text();
    if (i >= 2) responseMs.push(performance.now() - t0); // first two warm the route
  }
  console.log(formatSummary("annotator page server response (full HTML)", summarize(responseMs)));

  const page = await context.newPage();
  const highlightMs: number[] = [];
  let firstVisitMs = 0;
  for (let i = 0; i < 11; i++) {
    await page.goto(`${base}/articles/${articleId}`, { waitUntil: "commit" });
    await page.waitForFunction(
      () => document.querySelectorAll("mark[data-claim-ids]").length > 0 && document.readyState === "complete",
    );
    await page.waitForFunction(() => (window as unknown as { next?: unknown }).next !== undefined);
    const ms = await page.evaluate(() => performance.now());
    if (i === 0)
      firstVisitMs = ms; // empty browser cache: every script downloaded
    else highlightMs.push(ms);
  }
  const marks = await page.locator("mark[data-claim-ids]").count();
  console.log(`page interactive with all highlights, first visit (empty browser cache): ${firstVisitMs.toFixed(1)} ms`);
  console.log(
    formatSummary(`page interactive with all highlights (${marks} marks, repeat visits)`, summarize(highlightMs)),
  );
  await browser.close();
} finally {
  await server.stop();
  await db.$disconnect();
}
