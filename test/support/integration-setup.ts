import type { TestProject } from "vitest/node";
import { buildWorkers } from "../../scripts/build-workers.mjs";

// Integration tests run against DATABASE_URL when set (CI: the real PostgreSQL), else against an embedded
// PostgreSQL (PGlite) started here. Each test file then creates its own schema (test/support/database.ts).
declare module "vitest" {
  export interface ProvidedContext { databaseUrl: string; embeddedDatabase: boolean }
}

export default async function setup(project: TestProject) {
  // CPU-heavy jobs run on worker threads loaded from a built file (lib/workers/pool.ts): build it once per run
  await buildWorkers();
  let stop = async () => {};
  let url = process.env.DATABASE_URL;
  if (!url) {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
    const db = await PGlite.create("memory://");
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 64 });
    await server.start();
    url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;
    stop = async () => { await server.stop(); await db.close(); };
    console.log(`[integration] DATABASE_URL is not set: using an embedded PostgreSQL (PGlite) at ${url}`);
  } else {
    console.log(`[integration] using ${url.replace(/\/\/[^@]*@/, "//***@")}`);
  }
  project.provide("databaseUrl", url);
  project.provide("embeddedDatabase", !process.env.DATABASE_URL);
  return stop;
}
