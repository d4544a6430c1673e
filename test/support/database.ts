import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

// A fresh schema per test file with every committed migration applied, so files never see each other's rows.
// baseUrl: another server than the suite's (the replica test's own throwaway primary).
export async function createTestDatabase(
  options: { baseUrl?: string } = {},
): Promise<{ db: PrismaClient; url: string; drop: () => Promise<void> }> {
  const baseUrl = options.baseUrl ?? inject("databaseUrl");
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  const migrations = readdirSync(migrationsDir)
    .filter((d) => /^\d+_/.test(d))
    .sort();
  for (const m of migrations) {
    const sql = readFileSync(path.join(migrationsDir, m, "migration.sql"), "utf8");
    await admin.query(`SET search_path TO "${schema}"; ${sql}`);
  }
  // recorded as `prisma migrate deploy` records them, so the schema looks migrated to /api/ready too
  await admin.query(`SET search_path TO "${schema}"; CREATE TABLE "_prisma_migrations" (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
    finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(),
    applied_steps_count integer NOT NULL DEFAULT 0)`);
  for (const m of migrations) {
    await admin.query(
      `INSERT INTO "${schema}"."_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, '', now(), $2, 1)`,
      [randomUUID(), m],
    );
  }
  await admin.end();
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  // PGlite's wire server runs every connection's messages in one queue and can mix two connections' statements:
  // on the embedded database each file gets one connection (and vitest.config.ts runs one file at a time)
  const db = createPrismaClient(url.toString(), !options.baseUrl && inject("embeddedDatabase") ? 1 : 4);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    },
  };
}
