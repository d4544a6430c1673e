// The production topology on one machine, real components only:
//   nginx ──► app servers (scripts/server.mjs, same AUTH_SECRET) ──► PostgreSQL primary (writes, desk reads)
//                                                              └──► streaming replica (public reads)
// Used by `npm run topology` (scripts/topology/start.mjs), `npm run bench:topology` and the topology fault test.
// Each piece can be stopped and started again (the bench kills an app server and stops the replica on purpose).
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { startApp } from "../fault/app-process.mjs";
import { createCluster, findPostgresBin } from "../fault/cluster.mjs";
import { watchHealth } from "./health.mjs";
import { createNginx, findNginx } from "./nginx.mjs";

/** `count` consecutive free ports on 127.0.0.1 from a random base (tests: never a port someone else is using). */
export async function findFreePorts(count) {
  const isFree = (port) =>
    new Promise((resolve) => {
      const server = createServer()
        .once("error", () => resolve(false))
        .listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 40_000);
    let free = true;
    for (let i = 0; i < count && free; i++) free = await isFree(base + i);
    if (free) return base;
  }
  throw new Error(`found no ${count} consecutive free ports`);
}

/** What is missing to run the topology here, or null: the caller skips with this message. */
export function missingPieces({ install = false } = {}) {
  const missing = [];
  const bin = findPostgresBin();
  if (!bin) missing.push("the PostgreSQL server binaries (initdb, pg_ctl; install postgresql or set PG_BIN)");
  else if (!spawnSync(path.join(bin, "pg_basebackup"), ["--version"]).stdout?.length)
    missing.push(`pg_basebackup (not in ${bin})`);
  if (!findNginx({ install })) missing.push("nginx (install Debian's nginx package, or set NGINX_BIN)");
  return missing.length ? missing : null;
}

/**
 * ports: { nginx, apps: [a, b], primary, replica }. Returns handles to every piece and stop().
 * log: a line of progress (default: console.log).
 */
export async function startTopology({ root, work, ports, log = console.log, seed = true, appEnv = {} }) {
  const bin = findPostgresBin();
  const nginxBin = findNginx({ install: true });
  if (!bin || !nginxBin) throw new Error(missingPieces().join("; "));
  const started = [];
  // the last resort when the caller dies (an exception, process.exit): synchronous, everything killed at once
  const killed = [];
  const killNow = () => {
    for (const kill of killed.reverse()) {
      try {
        kill();
      } catch {
        /* already gone */
      }
    }
  };
  process.once("exit", killNow);
  const stopAll = async () => {
    for (const stop of started.reverse()) await stop().catch((e) => log(`  (while stopping: ${e.message})`));
    started.length = 0;
    killed.length = 0;
    process.off("exit", killNow);
  };
  try {
    let t = Date.now();
    const primary = createCluster(bin, path.join(work, "primary"), ports.primary);
    primary.init();
    primary.start();
    started.push(async () => primary.destroy());
    killed.push(() => primary.destroy());
    // hot_standby_feedback: the primary keeps the rows a replica query still reads, so a long public read is not
    // cancelled by the replay ("conflict with recovery")
    const replica = createCluster(bin, path.join(work, "replica"), ports.replica, {
      settings: ["hot_standby_feedback=on"],
    });
    replica.cloneFrom(ports.primary);
    replica.start();
    started.push(async () => replica.destroy());
    killed.push(() => replica.destroy());
    log(`PostgreSQL primary on ${ports.primary}, streaming replica on ${ports.replica} (${Date.now() - t} ms)`);

    const databaseUrl = primary.url("postgres");
    const replicaUrl = replica.url("postgres");
    const publicUrl = `http://127.0.0.1:${ports.nginx}`;
    const env = {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DATABASE_REPLICA_URL: replicaUrl,
      // one secret for every server: a session signed by one is valid on the other
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      PUBLIC_BASE_URL: publicUrl,
      TRUSTED_PROXY_HOPS: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      ...appEnv,
    };
    t = Date.now();
    const migrate = startApp({
      command: process.execPath,
      args: [path.join(root, "scripts/with-db.mjs"), ...(seed ? ["--seed"] : [])],
      env,
      port: 0,
      logFile: path.join(work, "migrate.log"),
      cwd: root,
    });
    while (!migrate.exited) await new Promise((r) => setTimeout(r, 200));
    if (migrate.exitCode !== 0) throw new Error(`migrating the primary failed (see ${work}/migrate.log)`);
    log(`migrated${seed ? " and seeded (demo accounts)" : ""} in ${Date.now() - t} ms`);

    const apps = ports.apps.map((port, i) => {
      const app = {
        port,
        url: `http://127.0.0.1:${port}`,
        process: null,
        start() {
          app.process = startApp({
            command: process.execPath,
            args: [path.join(root, "scripts/server.mjs"), "-p", String(port), "-H", "127.0.0.1"],
            env,
            port,
            logFile: path.join(work, `app-${i + 1}.log`),
            cwd: root,
          });
          return app.process.waitReady(180_000);
        },
        kill9: () => app.process?.kill9(),
        stop: () => app.process?.stop() ?? Promise.resolve(),
      };
      return app;
    });
    t = Date.now();
    started.push(() => Promise.all(apps.map((a) => a.stop())));
    killed.push(() => apps.forEach((a) => a.kill9()));
    await Promise.all(apps.map((a) => a.start()));
    log(`${apps.length} app servers ready on ${apps.map((a) => a.port).join(", ")} (${Date.now() - t} ms)`);

    const nginx = createNginx({ bin: nginxBin, dir: path.join(work, "nginx"), port: ports.nginx, apps });
    nginx.test();
    nginx.start();
    started.push(() => nginx.stop());
    killed.push(() => nginx.terminate());
    await waitFor(`${publicUrl}/api/ready`, 30_000);
    const health = watchHealth(apps, (list) => nginx.reload(list), { log });
    started.push(async () => health.stop());
    log(`nginx on ${ports.nginx} in front of them (health checks: /api/ready every second)`);

    return {
      publicUrl,
      databaseUrl,
      replicaUrl,
      env,
      primary,
      replica,
      apps,
      nginx,
      health,
      pids: () => ({ nginx: nginx.pid, apps: apps.map((a) => a.process?.pid ?? null) }),
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}
