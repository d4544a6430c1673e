// Starts app servers (scripts/server.mjs, what `npm start` runs) on consecutive ports, all with the same DATABASE_URL and AUTH_SECRET: the way
// the product runs on several machines behind a load balancer (no state kept in one server's memory).
import { spawn, type ChildProcess } from "node:child_process";

export type AppServers = { bases: string[]; pids: number[]; stop: () => Promise<void> };

export async function startAppServers(options: {
  count: number;
  firstPort: number;
  databaseUrl: string;
  authSecret: string;
  poolSize?: number;
  serverLogs?: "show" | "hide";
  cpuProfileDir?: string;
}): Promise<AppServers> {
  // each server writes a V8 CPU profile into cpuProfileDir when it stops (open it in Chrome DevTools)
  const nodeArgs = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const children: ChildProcess[] = [];
  const bases: string[] = [];
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
  };
  try {
    for (let i = 0; i < options.count; i++) {
      const port = options.firstPort + i;
      const base = `http://127.0.0.1:${port}`;
      // its keep-alive timeout (70 s) outlasts any pause between two requests of one connection
      const child = spawn(
        process.execPath,
        [...nodeArgs, "scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"],
        {
          env: {
            ...process.env,
            DATABASE_URL: options.databaseUrl,
            AUTH_SECRET: options.authSecret,
            AUTH_TRUST_HOST: "true",
            PUBLIC_BASE_URL: base,
            NEXT_TELEMETRY_DISABLED: "1",
            NODE_ENV: "production",
            ...(options.poolSize ? { DATABASE_POOL_SIZE: String(options.poolSize) } : {}),
          },
          stdio: ["ignore", "ignore", options.serverLogs === "hide" ? "ignore" : "inherit"],
        },
      );
      children.push(child);
      bases.push(base);
    }
    await Promise.all(bases.map((base, i) => waitUntilUp(base, children[i])));
    return { bases, pids: children.map((c) => c.pid!), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function waitUntilUp(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the app server for ${base} exited with code ${child.exitCode}`);
    if (
      await fetch(`${base}/signin`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app server for ${base} did not answer within 60 s`);
}
