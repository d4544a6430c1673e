// A throwaway PostgreSQL cluster that the fault test may stop and restart at will: initdb into a temp folder, its
// own port, trust auth on 127.0.0.1 only. The shared server on 5432 is never touched.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, chownSync } from "node:fs";
import path from "node:path";

/** The newest installed server binaries with initdb and pg_ctl, or null. */
export function findPostgresBin() {
  const base = "/usr/lib/postgresql";
  const candidates = [
    process.env.PG_BIN,
    ...(existsSync(base)
      ? readdirSync(base)
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => path.join(base, v, "bin"))
      : []),
  ];
  return (
    candidates.find((dir) => dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) ??
    null
  );
}

/** initdb refuses to run as root: as root we run the server tools as the "postgres" user. */
function runAs() {
  if (process.getuid?.() !== 0) return { prefix: [], uid: null };
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { prefix: ["runuser", "-u", "postgres", "--"], uid, gid };
}

/**
 * settings: extra `-c name=value` server settings (the topology's replica: hot_standby_feedback=on).
 * cloneFrom(port): the data folder as a streaming replica of the server on that port (pg_basebackup -R), instead of init.
 */
export function createCluster(bin, dir, port, { settings = [] } = {}) {
  const who = runAs();
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  mkdirSync(dir, { recursive: true });
  if (who.uid !== null) chownSync(dir, who.uid, who.gid);
  const run = (tool, args) => {
    const [cmd, ...rest] = [...who.prefix, path.join(bin, tool), ...args];
    const result = spawnSync(cmd, rest, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  };
  const options = [
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`,
    ...settings.map((s) => `-c ${s}`),
  ].join(" ");
  return {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    init: () => run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]),
    cloneFrom: (sourcePort) =>
      run("pg_basebackup", [
        "-h",
        "127.0.0.1",
        "-p",
        String(sourcePort),
        "-U",
        "postgres",
        "-D",
        data,
        "-R",
        "-X",
        "stream",
        "-c",
        "fast",
      ]),
    start: () => run("pg_ctl", ["-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start"]),
    stop: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]),
    destroy() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        /* not running */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
