#!/usr/bin/env node
// Usage: node scripts/with-db.mjs [--shadow] [--seed] [command...]
// Makes sure a migrated database is there, then runs <command> with DATABASE_URL set.
// - DATABASE_URL set: checks it parses and answers, then `prisma migrate deploy`.
// - DATABASE_URL unset: starts the embedded database (PGlite, real PostgreSQL compiled to WebAssembly) from
//   PGLITE_DIR (default .data/pglite; "memory://" for a throwaway one), serves it over the wire protocol on
//   127.0.0.1 behind a password (kept in <PGLITE_DIR>.password, owner-only; scripts/db-gate.mjs) and points
//   DATABASE_URL at it. This process must stay alive: it *is* the database server.
// --shadow also serves an in-memory PGlite as SHADOW_DATABASE_URL (for `prisma migrate dev`).
// --seed creates the demo data when the database has no organization yet: only `npm run demo` and `npm run dev` pass
//   it; `npm start` never does, so a production database never gets the README's known accounts.
// Any configuration problem ends with one sentence naming it and exit code 2.
import "dotenv/config";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { checkDatabaseUrl, lockDataDir, ConfigError } from "./db-preflight.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const args = process.argv.slice(2);
const flags = new Set();
while (args[0]?.startsWith("--")) flags.add(args.shift());
const cleanups = [];

// The embedded database's password: random, made at first start and kept beside the data (owner-only), so the
// same data folder keeps its password across restarts; a throwaway in-memory database gets a fresh one.
function embeddedPassword(dataDir) {
  if (dataDir.includes("://")) return randomBytes(24).toString("base64url");
  const file = `${path.resolve(root, dataDir)}.password`;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(24).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim();
}

// PGlite listens on a Unix socket in a folder only this user can open; the TCP port is scripts/db-gate.mjs, which
// asks every connection for the password before joining it to PGlite.
async function serveEmbedded(dataDir) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { serveBehindPassword } = await import("./db-gate.mjs");
  if (!dataDir.includes("://")) cleanups.push(lockDataDir(path.resolve(root, dataDir)));
  const password = embeddedPassword(dataDir);
  const { pgliteExtensions } = await import("./pglite-extensions.mjs");
  const db = await PGlite.create(dataDir.includes("://") ? dataDir : path.resolve(root, dataDir), {
    extensions: await pgliteExtensions(),
  });
  const served = await serveBehindPassword(db, {
    password,
    port: Number(process.env.PGLITE_PORT ?? 0),
    onRefused: (reason) => console.error(`[with-db] refused a connection to the embedded database: ${reason}`),
  });
  cleanups.push(async () => {
    await served.close();
    await db.close();
  });
  return { url: served.url, db };
}
let embedded;

// PGlite runs no autovacuum, so the embedded database has no planner statistics unless someone runs ANALYZE; the
// "Already checked" matcher reads its stem frequencies from them (prisma/migrations/*matching_candidates) and
// without them falls back to the slower trigram search. Refreshed at each start of the app, before it connects (a
// statement sent beside a connection's own could be interleaved with it: see DATABASE_POOL_SIZE below).
async function analyzeEmbedded() {
  const started = Date.now();
  await embedded.db.exec("ANALYZE");
  console.error(`[with-db] embedded database statistics refreshed (ANALYZE) in ${Date.now() - started} ms`);
}

let child;
function run(cmd, argv) {
  return new Promise((resolve) => {
    child = spawn(cmd, argv, { stdio: "inherit", env: process.env });
    child.on("error", (e) => {
      console.error(`Could not start ${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function cleanup() {
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch {
      /* best effort on the way out */
    }
  }
}
for (const sig of ["SIGINT", "SIGTERM"])
  process.on(sig, () => (child ? child.kill(sig) : cleanup().then(() => process.exit(130))));

// Sessions need a signing secret; on a laptop we create one once and keep it beside the embedded data.
function ensureAuthSecret() {
  process.env.AUTH_TRUST_HOST ??= "true";
  if (process.env.AUTH_SECRET) return;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

// An empty database (no organization) gets a one-time setup link on the console (scripts/setup-link.ts). A failure
// here is reported but does not stop the app: its pages then say that setup is needed.
const startsAppServer = (argv) =>
  argv[0] === "next" || (argv[0] === "node" && /(^|\/)server\.mjs$/.test(argv[1] ?? ""));
async function printSetupLinkIfEmpty() {
  const code = await run(bin("tsx"), ["--conditions=react-server", path.join(root, "scripts/setup-link.ts")]);
  if (code !== 0) console.error("[with-db] the setup link could not be printed (see above)");
}

async function main() {
  ensureAuthSecret();
  if (process.env.DATABASE_URL) {
    await checkDatabaseUrl(process.env.DATABASE_URL);
  } else {
    const dir = process.env.PGLITE_DIR ?? ".data/pglite";
    embedded = await serveEmbedded(dir);
    process.env.DATABASE_URL = embedded.url;
    // PGlite is one session: its wire server interleaves the extended-protocol messages of concurrent connections
    // ("bind message supplies 5 parameters, but prepared statement requires 4"), so the app gets one connection.
    process.env.DATABASE_POOL_SIZE ??= "1";
    console.error(
      `[with-db] embedded PostgreSQL (PGlite, ${dir}) at ${process.env.DATABASE_URL.replace(/:[^:@/]+@/, ":***@")}`,
    );
  }
  if (flags.has("--shadow")) process.env.SHADOW_DATABASE_URL = (await serveEmbedded("memory://")).url;
  let code = process.env.SKIP_MIGRATE ? 0 : await run(bin("prisma"), ["migrate", "deploy"]);
  if (code !== 0) console.error("The database migrations could not be applied (see the message above).");
  if (code === 0 && flags.has("--seed"))
    code = await run(bin("tsx"), [path.join(root, "prisma/seed.ts"), "--if-empty"]);
  if (code === 0 && embedded && startsAppServer(args)) await analyzeEmbedded();
  if (code === 0 && startsAppServer(args)) await printSetupLinkIfEmpty();
  if (code === 0 && args.length)
    code = await run(args[0] === "next" ? bin("next") : args[0] === "node" ? process.execPath : args[0], args.slice(1));
  return code;
}

let exitCode;
try {
  exitCode = await main();
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : `The database could not be started: ${e?.message ?? e}`);
  exitCode = 2;
}
await cleanup();
process.exit(exitCode);
