import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

// Issue 15: `npm start` on an empty production database must not create the demo organization (its admin's password
// is in the README); `npm run demo` and `npm run dev` seed it on purpose. Each case gets a fresh, empty schema.
const root = path.resolve(import.meta.dirname, "..");
const scripts = (
  JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;
const cleanups: (() => Promise<void>)[] = [];

type EmptyDatabase = { env: Record<string, string>; count: () => Promise<{ users: number; organizations: number }> };

async function countWith(query: (sql: string) => Promise<{ rows: { n: number }[] }>) {
  const users = await query(`SELECT count(*)::int AS n FROM "User"`);
  const organizations = await query(`SELECT count(*)::int AS n FROM "Organization"`);
  return { users: users.rows[0].n, organizations: organizations.rows[0].n };
}

/** A new, empty database: on the PostgreSQL server when the suite has one, else an embedded one in a new folder. */
async function emptyDatabase(): Promise<EmptyDatabase> {
  if (inject("embeddedDatabase")) {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "factdesk-start-")), "pglite");
    return {
      env: { DATABASE_URL: "", PGLITE_DIR: dir },
      count: async () => {
        const { PGlite } = await import("@electric-sql/pglite");
        const db = await PGlite.create(dir);
        try {
          return await countWith((sql) => db.query<{ n: number }>(sql));
        } finally {
          await db.close();
        }
      },
    };
  }
  const name = `factdesk_start_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: inject("databaseUrl") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(inject("databaseUrl"));
  url.pathname = `/${name}`;
  url.search = "";
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: inject("databaseUrl") });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  return {
    env: { DATABASE_URL: url.toString() },
    count: async () => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return await countWith((sql) => client.query(sql));
      } finally {
        await client.end();
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command until it exits or prints `readyText`; then stops its process group. Returns what it printed. */
function runUntil(
  command: string,
  args: string[],
  env: Record<string, string>,
  readyText: string | null,
): Promise<{ output: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const stop = () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out; output so far:\n${output}`));
    }, 110_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (readyText && output.includes(readyText)) stop();
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ output, code });
    });
  });
}

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe("demo data only on purpose", () => {
  it(
    "`npm start` on an empty database migrates it and creates no user and no organization",
    { timeout: 120_000 },
    async () => {
      const database = await emptyDatabase();
      const port = await freePort();
      // with a build the server starts and says so; without one it stops after the launcher's work: either way the
      // launcher has migrated the database and made its seeding decision before the server runs
      const { output } = await runUntil(
        "npm",
        ["start", "--silent"],
        {
          ...database.env,
          PORT: String(port),
          AUTH_SECRET: randomBytes(32).toString("base64url"),
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
        },
        "FactDesk is listening",
      );
      expect(output).toContain("All migrations have been successfully applied");
      expect(output).not.toContain("[seed]");
      expect(await database.count()).toEqual({ users: 0, organizations: 0 });
    },
  );

  it(
    "`npm run demo` and `npm run dev` pass --seed, which creates the demo organization on an empty database",
    { timeout: 120_000 },
    async () => {
      expect(scripts.demo).toMatch(/scripts\/with-db\.mjs --seed node scripts\/server\.mjs/);
      expect(scripts.dev).toMatch(/scripts\/with-db\.mjs --seed node scripts\/server\.mjs --dev/);
      expect(scripts.start).not.toContain("--seed");
      const database = await emptyDatabase();
      const { code, output } = await runUntil(
        process.execPath,
        ["scripts/with-db.mjs", "--seed", "node", "-e", ""],
        database.env,
        null,
      );
      expect(code, output).toBe(0);
      expect(await database.count()).toEqual({ users: 3, organizations: 1 });
    },
  );
});
