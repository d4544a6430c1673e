// Starts the built app the way `npm run demo` does (scripts/with-db.mjs --seed, then scripts/server.mjs) on its own
// port, on an in-memory embedded database, with nothing of the end-to-end run's configuration: no PUBLIC_BASE_URL, no
// proxy. Its JSON log goes to a file the spec reads. The process group is stopped as a whole.
import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { e2eAuthSecret } from "../playwright.config";

export type OwnServer = { base: string; port: number; readLog: () => string; stop: () => Promise<void> };

export async function startOwnServer(port: number, extraEnv: Record<string, string> = {}): Promise<OwnServer> {
  const logFile = path.join(mkdtempSync(path.join(tmpdir(), "factdesk-own-server-")), "server.log");
  const out = openSync(logFile, "a");
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["PUBLIC_BASE_URL", "TRUSTED_PROXY_HOPS", "PORT", "LOG_LEVEL"]) delete env[name];
  const child = spawn(
    process.execPath,
    ["scripts/with-db.mjs", "--seed", "node", "scripts/server.mjs", "-p", String(port)],
    {
      env: {
        ...env,
        DATABASE_URL: "",
        PGLITE_DIR: "memory://",
        AUTH_SECRET: e2eAuthSecret,
        AUTH_TRUST_HOST: "true",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        ...extraEnv,
      },
      stdio: ["ignore", out, out],
      detached: true,
    },
  );
  closeSync(out);
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    for (let i = 0; i < 100 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    if (!exited)
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
  };
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 480; i++) {
    if (exited) throw new Error(`the app exited before it answered:\n${readFileSync(logFile, "utf8")}`);
    if (
      await fetch(`${base}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, port, readLog: () => readFileSync(logFile, "utf8"), stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the app on port ${port} was not ready within 120 s:\n${readFileSync(logFile, "utf8")}`);
}
