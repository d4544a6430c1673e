#!/usr/bin/env node
// Foundation figures: install time (--install), build time (--build), cold and warm start on the embedded database,
// and the peak memory (RSS of the whole process tree) of the server during start-up and 300 requests.
// Usage: node bench/foundation.mjs [--install] [--build]
import { execSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const root = path.resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timed = (label, fn) => {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  console.log(`${label}: ${seconds(ms)}`);
  return ms;
};

if (args.has("--install")) {
  const dir = mkdtempSync(path.join(tmpdir(), "fd-install-"));
  execSync(`git clone -q "${root}" "${dir}/repo"`);
  timed("install (npm ci, fresh clone)", () =>
    execSync("npm ci --no-audit --no-fund", { cwd: `${dir}/repo`, stdio: "ignore" }),
  );
  rmSync(dir, { recursive: true, force: true });
}
if (args.has("--build"))
  timed("build (next build)", () =>
    execSync("npx next build", { cwd: root, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }),
  );

function treeRssKb(pid) {
  const children = new Map();
  for (const entry of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* process ended */
    }
  }
  let total = 0;
  const visit = (p) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* gone */
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

async function startServer(dataDir, port) {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    ["scripts/with-db.mjs", "--seed", "node", "scripts/server.mjs", "-p", String(port)],
    {
      cwd: root,
      stdio: "ignore",
      env: {
        ...process.env,
        DATABASE_URL: "",
        PGLITE_DIR: dataDir,
        AUTH_SECRET: "bench-secret-0123456789abcdef0123",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  let peakKb = 0;
  const sampler = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(child.pid));
  }, 100);
  for (;;) {
    if (
      await fetch(`http://127.0.0.1:${port}/signin`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (performance.now() - t0 > 180_000) throw new Error("the server did not answer within 3 minutes");
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, startMs: performance.now() - t0, sampler, peak: () => peakKb };
}

const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "fd-pglite-")), "data");
const port = 3500 + Math.floor(Math.random() * 100);
const cold = await startServer(dataDir, port);
console.log(
  `cold start, empty embedded database (initdb + migrations + demo seed + scripts/server.mjs): ${seconds(cold.startMs)}`,
);
const pages = ["/signin", "/r/demo/none", "/signin"];
for (let i = 0; i < 300; i++)
  await fetch(`http://127.0.0.1:${port}${pages[i % pages.length]}`)
    .then((r) => r.text())
    .catch(() => "");
clearInterval(cold.sampler);
console.log(
  `peak memory of the server process tree (launcher + PGlite + scripts/server.mjs), start-up and 300 requests: ${(cold.peak() / 1024).toFixed(0)} MiB`,
);
cold.child.kill("SIGTERM");
await new Promise((r) => cold.child.on("exit", r));
const warm = await startServer(dataDir, port);
console.log(`warm start, existing embedded database: ${seconds(warm.startMs)}`);
clearInterval(warm.sampler);
warm.child.kill("SIGTERM");
await new Promise((r) => warm.child.on("exit", r));
rmSync(path.dirname(dataDir), { recursive: true, force: true });
