import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const launcher = path.resolve(import.meta.dirname, "with-db.mjs");
function launch(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [launcher], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stderr: r.stderr.trim() };
}

// Bad configuration ends with one sentence naming the problem and a non-zero exit, never a stack trace.
describe("starting with a bad database configuration", () => {
  it("a malformed DATABASE_URL", () => {
    const r = launch({ DATABASE_URL: "postgres//oops" });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("DATABASE_URL is not a valid URL; expected postgresql://user:password@host:5432/database.");
  });
  it("an unreachable server", () => {
    const r = launch({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/factdesk" });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "Cannot reach PostgreSQL at 127.0.0.1:1: the connection was refused (is the server running?).",
    );
  });
  it("a locked data folder", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "fd-pglite-")), "data");
    writeFileSync(`${dir}.lock`, String(process.pid));
    const r = launch({ PGLITE_DIR: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `The embedded database folder ${dir} is locked by another running process (pid ${process.pid}); stop it or set PGLITE_DIR to another folder.`,
    );
  });
});
