import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { buildWorkers } from "../../scripts/build-workers.mjs";

// Integration tests run against DATABASE_URL when set (CI: the real PostgreSQL), else against an embedded
// PostgreSQL (PGlite) started here. Each test file then creates its own schema (test/support/database.ts).
declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embeddedDatabase: boolean;
  }
}

export default async function setup(project: TestProject) {
  // CPU-heavy jobs run on worker threads loaded from a built file (lib/workers/pool.ts): build it once per run
  await buildWorkers();
  let stop = async () => {};
  let url = process.env.DATABASE_URL;
  if (!url) {
    const { PGlite } = await import("@electric-sql/pglite");
    const { serveBehindPassword } = await import("../../scripts/db-gate.mjs");
    const { pgliteExtensions } = await import("../../scripts/pglite-extensions.mjs");
    const db = await PGlite.create("memory://", { extensions: await pgliteExtensions() });
    // behind a password like the app's embedded database (scripts/with-db.mjs): test data is no one else's either
    const served = await serveBehindPassword(db, { password: randomBytes(24).toString("base64url") });
    url = served.url;
    stop = async () => {
      await served.close();
      await db.close();
    };
    console.log(
      `[integration] DATABASE_URL is not set: using an embedded PostgreSQL (PGlite) at ${url.replace(/\/\/[^@]*@/, "//***@")}`,
    );
  } else {
    console.log(`[integration] using ${url.replace(/\/\/[^@]*@/, "//***@")}`);
  }
  project.provide("databaseUrl", url);
  project.provide("embeddedDatabase", !process.env.DATABASE_URL);
  return stop;
}
