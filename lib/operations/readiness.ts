import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { migrationNamesIn, pendingMigrations } from "./migration-status";

// GET /api/ready for a load balancer that asks every second: one small query per call. The migration check (a
// listing of prisma/migrations against _prisma_migrations) runs until it has passed once; migrations are not
// un-applied under a running server, so from then on a `SELECT 1` says whether the database answers.

export type Readiness =
  { ready: true } | { ready: false; reason: "DATABASE_UNREACHABLE" | "MIGRATIONS_PENDING"; message: string };

// shorter than a balancer's usual check timeout, so it hears "not ready" rather than nothing
const QUERY_TIMEOUT_MS = 2_000;
const state: { committed: Promise<string[]> | null; migrationsConfirmed: boolean } = {
  committed: null,
  migrationsConfirmed: false,
};

function committedMigrations(): Promise<string[]> {
  // the server runs from the project folder (scripts/server.mjs changes into it), where prisma/ is deployed
  state.committed ??= readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).then(
    (entries) => migrationNamesIn(entries.map((e) => ({ name: e.name, isDirectory: e.isDirectory() }))),
  );
  return state.committed;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), QUERY_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function appliedMigrations(): Promise<string[] | null> {
  const [table] = await db.$queryRaw<
    { present: boolean }[]
  >`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`;
  if (!table?.present) return null;
  const rows = await db.$queryRaw<
    { migration_name: string }[]
  >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((r) => r.migration_name);
}

export async function checkReadiness(): Promise<Readiness> {
  try {
    if (state.migrationsConfirmed) {
      await withTimeout(db.$queryRaw`SELECT 1`);
      return { ready: true };
    }
    const [committed, applied] = await Promise.all([committedMigrations(), withTimeout(appliedMigrations())]);
    const pending = pendingMigrations(committed, applied ?? []);
    if (pending.length > 0) {
      return {
        ready: false,
        reason: "MIGRATIONS_PENDING",
        message: `${pending.length} migration(s) not applied to the database (first: ${pending[0]}); run \`npm run db:deploy\`.`,
      };
    }
    state.migrationsConfirmed = true;
    return { ready: true };
  } catch (e) {
    const why =
      e instanceof Error && e.message === "timed out"
        ? `did not answer within ${QUERY_TIMEOUT_MS / 1000} s`
        : "could not be reached";
    return { ready: false, reason: "DATABASE_UNREACHABLE", message: `The database ${why}.` };
  }
}
