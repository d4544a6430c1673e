import pg from "pg";

// How every PostgreSQL connection of the app is made: the Prisma client's pool (lib/db-client.ts), the backup
// commands (lib/backup/connect.ts) and the live-updates LISTEN connection (lib/live/listen-connection.ts).

export type DatabaseTarget = { connectionString: string; schema: string | undefined };

/** Splits Prisma's `?schema=` parameter (pg does not know it) off a DATABASE_URL. */
export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") || undefined;
  url.searchParams.delete("schema");
  return { connectionString: url.toString(), schema };
}

/** A PostgreSQL identifier in double quotes, any quote inside doubled: safe for any schema name. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * What every new connection runs as part of connecting. Sent as a statement rather than as startup options because
 * the embedded database's wire server ignores those.
 * - jit = off: PostgreSQL compiles a query to machine code when its estimated cost passes jit_above_cost, which
 *   stale statistics make happen to small queries; the reader page's 0.3 ms stamp then took 28 ms of compiling, on
 *   every request. Our queries are all short OLTP ones, which JIT never speeds up.
 * - search_path: Prisma's own queries name the schema; this makes SQL written by hand ($queryRaw, backups) find the
 *   same tables when the URL chose one with `?schema=`.
 */
export function sessionSetup(schema: string | undefined): string {
  return ["SET jit = off", ...(schema ? [`SET search_path TO ${quoteIdentifier(schema)}`] : [])].join("; ");
}

/**
 * A connection class that runs `setup` as part of connecting, so a pool hands out only connections that have run it
 * (a statement sent from the pool's "connect" event would race the first query on the connection).
 */
export function clientRunning(setup: string): typeof pg.Client {
  return class SessionClient extends pg.Client {
    connect(): Promise<pg.Client>;
    connect(callback: ((err: Error) => void) | ((err: null, client: pg.Client) => void)): void;
    connect(callback?: ((err: Error) => void) | ((err: null, client: pg.Client) => void)): Promise<pg.Client> | void {
      // a connection whose setup failed is closed here: the pool drops a client that failed to connect without ending it
      const ready = super
        .connect()
        .then(() =>
          this.query(setup).catch(async (e: unknown) => {
            await this.end().catch(() => {});
            throw e;
          }),
        )
        .then(() => this as pg.Client);
      if (!callback) return ready;
      ready.then(
        (client) => (callback as (err: null, client: pg.Client) => void)(null, client),
        callback as (err: Error) => void,
      );
    }
  };
}

/** Pool settings for a DATABASE_URL: the pool's connections run the session setup before their first query. */
export function poolConfig(
  databaseUrl: string,
  config: Omit<pg.PoolConfig, "connectionString" | "Client">,
): pg.PoolConfig & { schema: string | undefined } {
  const { connectionString, schema } = parseDatabaseUrl(databaseUrl);
  return { ...config, connectionString, Client: clientRunning(sessionSetup(schema)), schema };
}

/** One connection (not yet connected) for a DATABASE_URL; `connect()` runs the session setup. */
export function createClient(databaseUrl: string, config: Omit<pg.ClientConfig, "connectionString"> = {}): pg.Client {
  const { connectionString, schema } = parseDatabaseUrl(databaseUrl);
  const Client = clientRunning(sessionSetup(schema));
  return new Client({ ...config, connectionString });
}
