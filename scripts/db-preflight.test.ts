import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, describeDatabaseUrlProblem, lockDataDir } from "./db-preflight.mjs";

describe("describeDatabaseUrlProblem", () => {
  it.each([
    ["nonsense", "DATABASE_URL is not a valid URL"],
    ["mysql://root@localhost/x", "must start with postgresql://"],
    ["postgresql://localhost:5432", "names no database"],
  ])("%s → one clear sentence", (url, expected) => {
    expect(describeDatabaseUrlProblem(url)).toContain(expected);
  });
  it("accepts a well-formed URL", () => {
    expect(describeDatabaseUrlProblem("postgresql://postgres@127.0.0.1:5432/factdesk")).toBeNull();
  });
});

describe("lockDataDir", () => {
  it("refuses a folder locked by a running process, naming it", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "fd-lock-")), "pglite");
    writeFileSync(`${dir}.lock`, String(process.ppid)); // the parent process is alive
    expect(() => lockDataDir(dir)).toThrow(ConfigError);
    expect(() => lockDataDir(dir)).toThrow(/is locked by another running process \(pid \d+\)/);
  });
  it("takes over a stale lock and releases it", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "fd-lock-")), "pglite");
    writeFileSync(`${dir}.lock`, "999999999");
    const release = lockDataDir(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    await release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
