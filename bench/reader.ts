// Reader performance budget (issue 6): an article with 200 published claims on the public reader page.
// Prints: the page's server response time at concurrency 1 (p50/p95 over 100 requests) and at concurrency 20
// (requests/second, p50/p95 over 15 s), the JavaScript the page loads (sum of gzip sizes of its <script src>),
// the publisher embed's size, and Cumulative Layout Shift while highlights appear (reader page; embed on a
// publisher page).
// Usage: node scripts/with-db.mjs tsx --conditions=react-server bench/reader.ts
//        (needs `node scripts/build-embed.mjs && next build` first; DATABASE_URL = a PostgreSQL server)
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { createPrismaClient } from "@/lib/db-client";
import { seedDemoData } from "@/lib/seed/demo";
import { createArticle } from "@/lib/articles/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { saveClaim } from "@/lib/claims/save-claim";
import { publishArticle } from "@/lib/workflow/mutations";
import { startAppServers } from "./load/servers";
import { summarize } from "./stats";

const CLAIMS = 200;
const BUDGET = { readerJsGzip: 100 * 1024, embedGzip: 15 * 1024, cls: 0.1 };
const PORT = 3500 + Math.floor(Math.random() * 400);
const base = `http://127.0.0.1:${PORT}`;
const db = createPrismaClient(process.env.DATABASE_URL!);
(globalThis as { prisma?: unknown }).prisma = db;

// --- data: the seed article's paragraphs, numbered so every claim is distinct, one claim per paragraph
const slug = `bench-reader-${Date.now().toString(36)}`;
const demo = await seedDemoData(db, { slug, emailDomain: `${slug}.example` });
// the publisher page below is served from 127.0.0.1: the organization lets its embed show checks there
await db.organization.update({ where: { id: demo.orgId }, data: { embedDomains: ["127.0.0.1"] } });
const reviewer = { userId: demo.users.REVIEWER.id, orgId: demo.orgId };
const editor = { userId: demo.users.EDITOR.id, orgId: demo.orgId };
const seedLines = (await db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } })).text
  .split("\n")
  .filter((l) => l.length >= 60);
const paragraphs = Array.from({ length: CLAIMS + 20 }, (_, i) => `${seedLines[i % seedLines.length]} (Part ${i + 1}.)`);
const { articleId } = await createArticle(reviewer, {
  title: "Reader benchmark article",
  outlet: "Bench",
  author: null,
  originalPublishedAt: null,
  originalUrl: null,
  text: paragraphs.join("\n"),
  html: null,
});
const version = (
  await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { currentVersion: { select: { id: true, text: true } } },
  })
).currentVersion!;
const options = demo.scales.fiveLevel.options;
let offset = 0;
const lines = version.text.split("\n").map((text) => {
  const line = { text, start: offset };
  offset += text.length + 1;
  return line;
});
const t0 = performance.now();
for (let i = 0; i < CLAIMS; i++) {
  const line = lines[Math.floor((i * lines.length) / CLAIMS)];
  // the last 50 characters: they include the paragraph's number, so no quote repeats
  const start = line.start + line.text.length - 50;
  const claim = await createClaim(reviewer, {
    articleId,
    versionId: version.id,
    start,
    end: line.start + line.text.length,
  });
  await saveClaim(reviewer, {
    claimId: claim.id,
    lockVersion: claim.lockVersion,
    claimant: "The article",
    claimDate: new Date("2025-03-06"),
    claimContext: null,
    verdictOptionId: options[i % options.length].id,
    rationale: `Checked against the record (claim ${i + 1}).`,
    citations: [
      {
        kind: "DOCUMENT",
        sourceTitle: "The record",
        publisher: "Bench",
        url: "https://example.org/record",
        quote: null,
        accessedAt: null,
        saidAt: null,
        saidWhere: null,
        expertId: null,
        newExpert: null,
      },
    ],
  });
}
await db.claim.updateMany({ where: { articleId }, data: { state: "APPROVED" } });
const { published } = await publishArticle(editor, articleId, {});
const readerPath = `/r/${slug}/${articleId}`;
console.log(
  `setup: ${published} claims published on a ${version.text.length}-character article in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

// --- measurements
async function timedGet(url: string): Promise<{ ms: number; ok: boolean }> {
  const start = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { ms: performance.now() - start, ok: res.ok };
}

async function sequential(url: string, n: number) {
  for (let i = 0; i < 5; i++) await timedGet(url); // warm the route and the connection pool
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push((await timedGet(url)).ms);
  return summarize(samples);
}

// A bounded load loop: `concurrency` clients, each sending its next request when the last one is answered.
async function sustained(url: string, concurrency: number, seconds: number) {
  const samples: number[] = [];
  let errors = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        try {
          const r = await timedGet(url);
          samples.push(r.ms);
          if (!r.ok) errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  return { ...summarize(samples), rps: samples.length / ((performance.now() - start) / 1000), errors };
}

const scriptTags = async (pageUrl: string) => {
  const html = await (await fetch(pageUrl)).text();
  return [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].map((m) => ({
    src: new URL(m[2].replace(/&amp;/g, "&"), pageUrl).href,
    // <script nomodule> (Next's legacy polyfills) is never fetched by a browser that runs modules
    isNoModule: /\bnomodule\b/i.test(`${m[1]} ${m[3]}`),
  }));
};

// The scripts a modern browser loads for a page, split into the framework floor (also loaded by /signin, a page
// with almost no client code of its own) and the page's own.
async function scriptSizes(pageUrl: string, baselineUrl: string) {
  const tags = await scriptTags(pageUrl);
  const baseline = new Set((await scriptTags(baselineUrl)).map((t) => t.src));
  const scripts = await Promise.all(
    tags.map(async (tag) => {
      const code = Buffer.from(await (await fetch(tag.src)).arrayBuffer());
      return {
        ...tag,
        name: new URL(tag.src).pathname.replace(/^.*\//, ""),
        isShared: baseline.has(tag.src),
        raw: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
      };
    }),
  );
  const sum = (list: typeof scripts, key: "raw" | "gzip") => list.reduce((n, s) => n + s[key], 0);
  const loaded = scripts.filter((s) => !s.isNoModule).sort((a, b) => b.gzip - a.gzip);
  const noModule = scripts.filter((s) => s.isNoModule);
  return {
    loaded,
    gzip: sum(loaded, "gzip"),
    raw: sum(loaded, "raw"),
    sharedGzip: sum(
      loaded.filter((s) => s.isShared),
      "gzip",
    ),
    ownGzip: sum(
      loaded.filter((s) => !s.isShared),
      "gzip",
    ),
    noModuleGzip: sum(noModule, "gzip"),
    noModuleCount: noModule.length,
  };
}

// Sum of layout-shift entries from navigation until highlights are in and the page is quiet; for the embed also
// when its data arrived and when its first chip appeared (the difference is the embed's own work in the page).
async function measureCls(browser: Browser, url: string, highlightsReady: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __firstChip: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    new MutationObserver((_records, observer) => {
      if (!document.querySelector("fd-chip")) return;
      w.__firstChip = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(highlightsReady, undefined, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __firstChip?: number };
    const api = performance.getEntriesByType("resource").find((e) => e.name.includes("/api/public/reviews")) as
      PerformanceResourceTiming | undefined;
    return {
      cls: w.__cls,
      chips: document.querySelectorAll("fd-chip").length,
      firstChipMs: w.__firstChip ?? null,
      dataMs: api ? api.responseEnd : null,
    };
  });
  await page.close();
  return result;
}

const server = await startAppServers({
  count: 1,
  firstPort: PORT,
  databaseUrl: process.env.DATABASE_URL!,
  authSecret: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123",
  serverLogs: "hide",
});
const publisher = createServer((_req, res) => {
  const body = paragraphs.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("\n");
  res
    .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
    .end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title>` +
        `<style>body{font:18px/1.7 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}</style></head><body><article><h1>Reader benchmark article</h1>${body}</article>` +
        `<script src="${base}/embed/factdesk.js" data-factdesk-org="${slug}" data-factdesk-article="${articleId}" async></script></body></html>`,
    );
});
try {
  await new Promise<void>((resolve) => publisher.listen(0, "127.0.0.1", resolve));
  const publisherUrl = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}/`;

  const serial = await sequential(`${base}${readerPath}`, 100);
  const loaded = await sustained(`${base}${readerPath}`, 20, 15);
  const js = await scriptSizes(`${base}${readerPath}`, `${base}/signin`);
  const embedCode = Buffer.from(await (await fetch(`${base}/embed/factdesk.js`)).arrayBuffer());
  const embedGzip = gzipSync(embedCode, { level: 9 }).length;
  const htmlBytes = (await (await fetch(`${base}${readerPath}`)).arrayBuffer()).byteLength;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const reader = await measureCls(
    browser,
    `${base}${readerPath}`,
    `document.querySelectorAll("mark[data-claim-ids]").length > 0 && document.readyState === "complete"`,
  );
  const embed = await measureCls(browser, publisherUrl, `document.querySelectorAll("fd-chip").length > 0`);
  await browser.close();

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const verdict = (ok: boolean) => (ok ? "ok" : "OVER BUDGET");
  const embedWork =
    embed.firstChipMs !== null && embed.dataMs !== null
      ? `, ${ms(embed.firstChipMs - embed.dataMs)} from data to chips`
      : "";
  const rows: [string, string, string][] = [
    ["reader page, c=1, 100 requests", `p50 ${ms(serial.p50)}  p95 ${ms(serial.p95)}`, ""],
    [
      "reader page, c=20, 15 s",
      `${loaded.rps.toFixed(1)} req/s  p50 ${ms(loaded.p50)}  p95 ${ms(loaded.p95)}  (${loaded.n} ok, ${loaded.errors} errors)`,
      "",
    ],
    ["reader page HTML (uncompressed)", kb(htmlBytes), ""],
    [
      `reader JS, ${js.loaded.length} <script src> loaded`,
      `${kb(js.gzip)} gzip (${kb(js.raw)} raw)`,
      `${verdict(js.gzip <= BUDGET.readerJsGzip)} (budget ${kb(BUDGET.readerJsGzip)})`,
    ],
    ["  of which framework floor (/signin loads it too)", `${kb(js.sharedGzip)} gzip`, ""],
    ["  of which the reader page's own chunks", `${kb(js.ownGzip)} gzip`, ""],
    [`  not counted: ${js.noModuleCount} <script nomodule>`, `${kb(js.noModuleGzip)} gzip`, "legacy browsers only"],
    [
      "embed script",
      `${kb(embedGzip)} gzip (${kb(embedCode.length)} raw)`,
      `${verdict(embedGzip <= BUDGET.embedGzip)} (budget ${kb(BUDGET.embedGzip)})`,
    ],
    ["CLS, reader page", reader.cls.toFixed(4), verdict(reader.cls <= BUDGET.cls)],
    [
      `CLS, embed on publisher page (${embed.chips}/${CLAIMS} placed)`,
      embed.cls.toFixed(4),
      verdict(embed.cls <= BUDGET.cls),
    ],
    [
      "embed timeline",
      `data at ${embed.dataMs === null ? "?" : ms(embed.dataMs)}, first chip at ${embed.firstChipMs === null ? "?" : ms(embed.firstChipMs)}${embedWork}`,
      "",
    ],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${"measure".padEnd(width)}  value`);
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value}${note ? `  ${note}` : ""}`);
  console.log(
    `\nscripts loaded by the reader page (gzip): ${js.loaded.map((s) => `${s.name} ${kb(s.gzip)}${s.isShared ? "" : " (own)"}`).join(", ")}`,
  );
} finally {
  await server.stop();
  publisher.close();
  await db.$disconnect();
}
