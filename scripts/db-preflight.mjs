// Checks run before the app starts, each turning a bad configuration into one sentence that names the problem.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export class ConfigError extends Error {}

export function describeDatabaseUrlProblem(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "DATABASE_URL is not a valid URL; expected postgresql://user:password@host:5432/database.";
  }
  if (!["postgres:", "postgresql:"].includes(parsed.protocol))
    return `DATABASE_URL must start with postgresql:// (it starts with ${parsed.protocol}//).`;
  if (!parsed.hostname) return "DATABASE_URL has no host name; expected postgresql://user:password@host:5432/database.";
  if (!parsed.pathname || parsed.pathname === "/")
    return "DATABASE_URL names no database; add it after the host, e.g. postgresql://localhost:5432/factdesk.";
  return null;
}

function describeConnectionError(e, url) {
  const where = `${url.hostname}:${url.port || 5432}`;
  const database = decodeURIComponent(url.pathname.slice(1));
  switch (e.code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${where}: the connection was refused (is the server running?).`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL: the host name "${url.hostname}" in DATABASE_URL does not resolve.`;
    case "ETIMEDOUT":
      return `Cannot reach PostgreSQL at ${where}: the connection timed out.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the user name or password in DATABASE_URL.`;
    default:
      return e.message?.includes("timeout")
        ? `Cannot reach PostgreSQL at ${where}: no answer within 5 seconds.`
        : `PostgreSQL at ${where} (database "${database}") could not be used: ${e.message}.`;
  }
}

// A missing database is created (as `prisma migrate deploy` would); anything else is reported.
export async function checkDatabaseUrl(url) {
  const problem = describeDatabaseUrlProblem(url);
  if (problem) throw new ConfigError(problem);
  const parsed = new URL(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    if (e.code !== "3D000") throw new ConfigError(describeConnectionError(e, parsed));
    const admin = new pg.Client({ connectionString: url, database: "postgres", connectionTimeoutMillis: 5000 });
    try {
      await admin.connect();
      await admin.query(`CREATE DATABASE "${decodeURIComponent(parsed.pathname.slice(1)).replaceAll('"', '""')}"`);
    } catch (err) {
      throw new ConfigError(describeConnectionError(err, parsed));
    } finally {
      await admin.end().catch(() => {});
    }
    return;
  } finally {
    await client.end().catch(() => {});
  }
}

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};

// PGlite does not stop a second process from opening the same folder (and corrupting it), so we hold a lock file.
export function lockDataDir(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, "..", `${path.basename(dir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return async () => fs.rmSync(lockFile, { force: true });
    } catch (e) {
      if (e.code !== "EEXIST")
        throw new ConfigError(`The embedded database folder ${dir} cannot be used: ${e.message}.`);
      const holder = Number(fs.readFileSync(lockFile, "utf8"));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new ConfigError(
          `The embedded database folder ${dir} is locked by another running process (pid ${holder}); stop it or set PGLITE_DIR to another folder.`,
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale lock from a process that died
    }
  }
  throw new ConfigError(`The embedded database folder ${dir} could not be locked.`);
}
