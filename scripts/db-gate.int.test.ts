import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { serveBehindPassword } from "./db-gate.mjs";

// Finding 7 (issue 13): the embedded database's wire-protocol port accepted any password, so anyone on the machine
// could read users and password hashes. Now only a connection with the password gets in.
const PASSWORD = "gate-test-password-0123456789";
let db: PGlite;
let served: Awaited<ReturnType<typeof serveBehindPassword>>;
const refusals: string[] = [];

beforeAll(async () => {
  db = await PGlite.create("memory://");
  served = await serveBehindPassword(db, { password: PASSWORD, onRefused: (r) => refusals.push(r) });
});
afterAll(async () => {
  await served?.close();
  await db?.close();
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
const withPassword = (password: string) => served.url.replace(/:[^:@/]+@/, `:${encodeURIComponent(password)}@`);

describe("the embedded database's password", () => {
  it("lets in a connection with the password, for several clients at once", async () => {
    const results = await Promise.all([1, 2, 3].map((n) => query(served.url, `SELECT ${n} AS n`)));
    expect(results.map((rows) => rows[0].n)).toEqual([1, 2, 3]);
  });

  it("refuses a wrong password, an empty one, and the old fixed 'postgres' one, with PostgreSQL's own error", async () => {
    for (const wrong of ["postgres", "", PASSWORD.slice(0, -1)]) {
      await expect(query(withPassword(wrong), "SELECT 1")).rejects.toMatchObject({ code: "28P01" });
    }
    expect(refusals.some((r) => r.includes("password authentication failed"))).toBe(true);
  });

  it("sends no query through before the password: a client that skips it gets an error, not data", async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(served.port, "127.0.0.1");
      const startup = Buffer.concat([Buffer.alloc(8), Buffer.from("user\0postgres\0database\0postgres\0\0")]);
      startup.writeInt32BE(startup.length, 0);
      startup.writeInt32BE(196608, 4);
      const queryMessage = Buffer.concat([Buffer.from("Q"), Buffer.alloc(4), Buffer.from("SELECT 1\0")]);
      queryMessage.writeInt32BE(queryMessage.length - 1, 1);
      let received = "";
      socket.on("data", (d) => {
        received += d.toString("latin1");
      });
      socket.on("close", () => resolve(received));
      socket.write(Buffer.concat([startup, queryMessage]));
    });
    expect(answer.startsWith("R")).toBe(true); // the MD5 challenge
    expect(answer).toContain("Password authentication is required.");
    expect(answer).not.toContain("DataRow");
  });

  it("keeps PGlite itself on a Unix socket in a folder only this user can open", () => {
    expect(statSync(served.socketDir).mode & 0o777).toBe(0o700);
    expect(existsSync(path.join(served.socketDir, ".s.PGSQL.5432"))).toBe(true);
  });
});

describe("scripts/with-db.mjs on a data folder", () => {
  it("creates the password once, owner-only, beside the data, and the app's migrations run through it", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "fd-gate-")), "pglite");
    const run = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            path.resolve(import.meta.dirname, "with-db.mjs"),
            process.execPath,
            "-e",
            "const pg=require('pg');const c=new pg.Client({connectionString:process.env.DATABASE_URL});c.connect().then(()=>c.query('SELECT count(*)::int AS n FROM \"_prisma_migrations\"')).then(r=>{console.log('migrations='+r.rows[0].n);return c.end()})",
          ],
          { env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dir }, stdio: ["ignore", "pipe", "pipe"] },
        );
        let out = "";
        child.stdout.on("data", (d) => {
          out += d;
        });
        child.stderr.on("data", (d) => {
          out += d;
        });
        child.on("exit", (code) => resolve({ code, out }));
      });
    const first = await run();
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/migrations=[1-9]/);
    const secretFile = `${dir}.password`;
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(secretFile, "utf8").trim();
    expect(secret.length).toBeGreaterThanOrEqual(24);
    expect(first.out).not.toContain(secret); // the log masks it
    const second = await run();
    expect(second.code, second.out).toBe(0);
    expect(readFileSync(secretFile, "utf8").trim()).toBe(secret);
  }, 180_000);
});
