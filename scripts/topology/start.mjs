#!/usr/bin/env node
// Usage: npm run topology [-- --port 8080]      starts the production topology (after building when needed)
//        npm run topology -- --stop             stops a topology started from this folder (from another shell)
// nginx on --port, two app servers on the next two ports, a PostgreSQL primary and its streaming replica on the two
// after (throwaway clusters in a temp folder, migrated, with the demo accounts). Ctrl-C stops everything it started.
// See docs/topology.md.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { missingPieces, startTopology } from "./topology.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const stateFile = path.join(root, ".data", "topology", "state.json");
const { values: args } = parseArgs({
  options: { port: { type: "string", default: "8080" }, stop: { type: "boolean", default: false } },
});

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

if (args.stop) {
  if (!existsSync(stateFile)) {
    console.log("No topology is running from this folder.");
    process.exit(0);
  }
  const state = JSON.parse(readFileSync(stateFile, "utf8"));
  if (alive(state.supervisor)) {
    process.kill(state.supervisor, "SIGTERM"); // it stops everything it started, then exits
    for (let i = 0; i < 300 && alive(state.supervisor); i++) await new Promise((r) => setTimeout(r, 100));
  }
  if (alive(state.supervisor)) console.log(`the topology (pid ${state.supervisor}) did not stop within 30 s`);
  else {
    // the supervisor was gone (killed): stop what it had started, by the ids it recorded
    for (const pid of state.apps ?? []) if (pid && alive(pid)) process.kill(-pid, "SIGKILL");
    if (state.nginx && alive(state.nginx)) process.kill(state.nginx, "SIGQUIT");
    for (const data of state.clusters ?? [])
      if (existsSync(data)) spawnSync(path.join(state.pgBin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
    if (state.work) rmSync(state.work, { recursive: true, force: true });
    rmSync(stateFile, { force: true });
    console.log("topology stopped");
  }
  process.exit(0);
}

const port = Number(args.port);
if (!Number.isInteger(port) || port < 1 || port > 65530) {
  console.error(`--port must be a port number (1 to 65530), not "${args.port}"`);
  process.exit(2);
}
if (existsSync(stateFile) && alive(JSON.parse(readFileSync(stateFile, "utf8")).supervisor)) {
  console.error("A topology is already running from this folder: stop it with `npm run topology -- --stop`.");
  process.exit(2);
}
const missing = missingPieces({ install: true });
if (missing) {
  console.error(`Cannot start the topology: missing ${missing.join("; ")}.`);
  process.exit(2);
}
if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("no production build yet: running `npm run build` first …");
  if (spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" }).status !== 0) process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), "factdesk-topology-"));
chmodSync(work, 0o755); // the clusters run as the postgres user when we are root
const ports = { nginx: port, apps: [port + 1, port + 2], primary: port + 3, replica: port + 4 };
let topology;
let stopping = false;
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  console.log("\nstopping …");
  await topology?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(stateFile, { force: true });
  console.log("everything the topology started is stopped");
  process.exit(code);
};
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

try {
  topology = await startTopology({ root, work, ports });
} catch (e) {
  console.error(`the topology could not start: ${e.message}`);
  console.error(`logs kept in ${work}`);
  process.exit(1);
}
mkdirSync(path.dirname(stateFile), { recursive: true });
const { findPostgresBin } = await import("../fault/cluster.mjs");
writeFileSync(
  stateFile,
  JSON.stringify({
    supervisor: process.pid,
    ...topology.pids(),
    clusters: [path.join(work, "primary", "data"), path.join(work, "replica", "data")],
    pgBin: findPostgresBin(),
    work,
  }),
);
console.log(`
FactDesk topology is up:
  ${topology.publicUrl}                  the app through nginx (sign in as editor@example.org / fact-check-demo)
  ${topology.apps.map((a) => a.url).join(", ")}   the app servers
  ${topology.databaseUrl}   primary
  ${topology.replicaUrl}   replica (public reads)
  logs: ${work}
Ctrl-C (or \`npm run topology -- --stop\`) stops everything.`);
