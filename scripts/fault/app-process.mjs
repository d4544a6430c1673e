// The app under test as its own process group, so that kill -9 takes down everything it started (with the
// embedded database: the launcher, the PGlite server and scripts/server.mjs), as a crash or an OOM kill would.
import { spawn } from "node:child_process";
import { openSync, closeSync } from "node:fs";

export function startApp({ command, args, env, port, logFile, cwd }) {
  const out = openSync(logFile, "a");
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  let exited = false;
  let exitCode = null;
  child.on("exit", (code, signal) => {
    exited = true;
    exitCode = code ?? signal;
  });
  return {
    pid: child.pid,
    get exited() {
      return exited;
    },
    get exitCode() {
      return exitCode;
    },
    /** Waits until the sign-in page answers 200; returns the milliseconds it took. */
    async waitReady(timeoutMs = 120_000) {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        if (exited) throw new Error(`the app exited before it was ready (see ${logFile})`);
        try {
          const res = await fetch(`http://127.0.0.1:${port}/signin`, { signal: AbortSignal.timeout(5_000) });
          if (res.status === 200) return Date.now() - started;
        } catch {
          /* not listening yet */
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`the app was not ready within ${timeoutMs / 1000} s (see ${logFile})`);
    },
    kill9() {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    },
    async stop() {
      if (exited) return;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return;
      }
      const deadline = Date.now() + 10_000;
      while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (!exited) this.kill9();
    },
  };
}
