import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { getEnv } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/errors";
import { mayReadFromReplica, stayOnPrimary } from "@/lib/read-scope";

// Public read-only traffic (reader pages and their freshness check, badges, feeds, public reviews, the annotation
// service's GETs) reads from a streaming replica when DATABASE_REPLICA_URL is set; desk traffic, writes and
// whatever a write reads back stay on the primary (lib/read-scope.ts decides per request).
//
// Why replica lag never shows half a publication: publishing writes the article's published version and every
// claim's snapshot in one transaction (lib/workflow/mutations.ts), a hot standby replays a transaction's commit
// atomically, and each public read of an article is one statement (relation joins, lib/reader/data.ts). A reader
// sees the old publication or the new one, a few milliseconds late at most, never a mix.
//
// A replica that does not answer is skipped: the read runs again on the primary (reads are safe to repeat), and
// the replica is left alone for a moment before it is tried again, so an outage costs each reader nothing.
const RETRY_REPLICA_AFTER_MS = 2_000;
// a replica that is down refuses at once; one that hangs must not hold a reader longer than this before the fallback
const REPLICA_CONNECT_TIMEOUT_MS = 1_000;

type Replica = { client: PrismaClient | null; skipUntil: number };
const globalForReplica = globalThis as unknown as { factdeskReplica?: Replica };

function replica(): Replica {
  if (!globalForReplica.factdeskReplica) {
    const env = getEnv();
    globalForReplica.factdeskReplica = {
      client: env.DATABASE_REPLICA_URL
        ? createPrismaClient(env.DATABASE_REPLICA_URL, env.DATABASE_POOL_SIZE, {
            connectTimeoutMs: REPLICA_CONNECT_TIMEOUT_MS,
          })
        : null,
      skipUntil: 0,
    };
  }
  return globalForReplica.factdeskReplica;
}

// A standby cancels a query whose rows the replay must remove (40001 "conflict with recovery"): the primary answers it.
const RECOVERY_CONFLICT = /conflict with recovery/i;

function isRecoveryConflict(e: unknown): boolean {
  const err = e as { message?: string; meta?: { driverAdapterError?: { cause?: { message?: string } } } } | null;
  return RECOVERY_CONFLICT.test(`${err?.message ?? ""} ${err?.meta?.driverAdapterError?.cause?.message ?? ""}`);
}

/** Runs a read of published data on the replica when this request may use it and it answers, else on the primary. */
export async function readPublished<T>(read: (client: PrismaClient) => Promise<T>): Promise<T> {
  if (!mayReadFromReplica()) return read(db);
  const state = replica();
  if (!state.client || Date.now() < state.skipUntil) {
    stayOnPrimary();
    return read(db);
  }
  try {
    return await read(state.client);
  } catch (e) {
    const unavailable = isDatabaseUnavailable(e);
    if (!unavailable && !isRecoveryConflict(e)) throw e;
    if (unavailable) state.skipUntil = Date.now() + RETRY_REPLICA_AFTER_MS;
    stayOnPrimary();
    return read(db);
  }
}
