import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { markDatabaseDown, markDatabaseUp, registerDatabaseProbe } from "@/lib/database-health";
import { poolConfig } from "@/lib/pg-connection";

// Shared by the app (lib/db.ts), the seed command and the tests. Connections are made by lib/pg-connection.ts
// (Prisma's `?schema=` parameter, the per-connection session setup).
//
// Timeouts, so that an outage gives a quick, clear error instead of a hang:
// - CONNECT_TIMEOUT_MS: opening a connection, or waiting for a free one in a busy pool;
// - QUERY_TIMEOUT_MS: a query whose answer never comes (a server that stopped without closing the socket).
//   Set well above the slowest legitimate query (the org export streams in batches of a few hundred ms).
const CONNECT_TIMEOUT_MS = 5_000;
const QUERY_TIMEOUT_MS = 60_000;
const IDLE_TIMEOUT_MS = 30_000;

/** Messages of pg errors meaning "no connection could be made", as opposed to a failing query. */
const CONNECT_FAILURE =
  /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|connection timeout|Connection terminated|the database system is (starting up|shutting down)|terminating connection/i;

function isConnectFailure(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return (
    CONNECT_FAILURE.test(`${err?.code ?? ""} ${err?.message ?? ""}`) || err?.code === "57P01" || err?.code === "57P03"
  );
}

/**
 * A pool that tells lib/database-health.ts when connections fail (an outage) and when a new one succeeds
 * (recovery). A checkout that waited too long for a busy pool is not an outage and is not reported.
 */
function createObservedPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("connect", () => markDatabaseUp());
  const connect = pool.connect.bind(pool) as (
    cb?: (err: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void,
  ) => unknown;
  const observe = (err: unknown) => {
    if (err && isConnectFailure(err)) markDatabaseDown();
  };
  // pool.query() checks out with a callback, transactions with a promise: observe both forms
  pool.connect = ((cb?: Parameters<typeof connect>[0]) => {
    if (cb)
      return connect((err, client, done) => {
        observe(err);
        cb(err, client, done);
      });
    return (connect() as Promise<pg.PoolClient>).catch((err) => {
      observe(err);
      throw err;
    });
  }) as typeof pool.connect;
  registerDatabaseProbe(() => pool.query("SELECT 1"));
  return pool;
}

export function createPrismaClient(
  databaseUrl: string,
  max = 10,
  options: { observeHealth?: boolean; connectTimeoutMs?: number } = {},
): PrismaClient {
  const { schema, ...config } = poolConfig(databaseUrl, {
    max,
    connectionTimeoutMillis: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
  });
  const pool = options.observeHealth ? createObservedPool(config) : new pg.Pool(config);
  const adapter = new PrismaPg(pool, {
    ...(schema ? { schema } : {}),
    disposeExternalPool: true,
    // an idle or in-use connection dropped by the server (restart, failover): the database may be going away
    ...(options.observeHealth
      ? { onPoolError: (err: Error) => observeDrop(err), onConnectionError: (err: Error) => observeDrop(err) }
      : {}),
  });
  // an interactive transaction may wait for a connection as long as any query may (Prisma's default is 2 s)
  return new PrismaClient({ adapter, transactionOptions: { maxWait: CONNECT_TIMEOUT_MS } });
}

function observeDrop(err: Error): void {
  if (isConnectFailure(err)) markDatabaseDown();
}
