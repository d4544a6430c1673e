import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A mistyped TRUSTED_PROXY_HOPS must not silently trust (or distrust) a proxy: the server refuses to start and names it.
describe("starting the server with a bad TRUSTED_PROXY_HOPS", () => {
  it.each(["abc", "-1", "1.5", "11"])("%s stops it with a message naming the variable", (value) => {
    const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, "server.mjs"), "-p", "0"], {
      env: { ...process.env, TRUSTED_PROXY_HOPS: value },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (the reverse proxies in front of the app), not "${value}".`,
    );
  });
});
