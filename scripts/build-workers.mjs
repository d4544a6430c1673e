#!/usr/bin/env node
// Usage: node scripts/build-workers.mjs
// Bundles the worker-thread entry (lib/workers/heavy-jobs.ts and the lib/ modules it imports) into
// .workers/heavy-worker.mjs. The app loads it by path at run time (lib/workers/pool.ts), so it works the same under
// `next start`, `next dev`, Vitest and the end-to-end build, whatever Next's bundler does. npm packages stay
// external (resolved from node_modules at run time, as Node would); only our own TypeScript is bundled.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
export const WORKER_ENTRY = "lib/workers/heavy-jobs.ts";
export const WORKER_OUTPUT = path.join(root, ".workers", "heavy-worker.mjs");

/** A worker must never pull in the database or other server-only modules: fail the build, not the job. */
const refuseServerOnly = {
  name: "refuse-server-only",
  setup(b) {
    b.onResolve({ filter: /^(server-only|@\/lib\/db(-client)?|@prisma\/client)$/ }, (args) => ({
      errors: [
        {
          text: `${args.importer} imports ${args.path}: worker jobs must stay pure (no database, no server-only modules)`,
        },
      ],
    }));
  },
};

export async function buildWorkers() {
  await build({
    absWorkingDir: root,
    entryPoints: [WORKER_ENTRY],
    outfile: WORKER_OUTPUT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    plugins: [refuseServerOnly],
    logLevel: "silent",
  });
  return WORKER_OUTPUT;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const output = await buildWorkers();
  console.log(`workers: ${path.relative(root, output)}`);
}
