import pg from "pg";
import { createClient } from "@/lib/pg-connection";

/**
 * A plain pg connection for the backup commands. It honours Prisma's `?schema=` parameter (the tests put each file in
 * its own schema) through the search path every connection sets, so every table name can stay unqualified.
 */
export async function connectToDatabase(connectionString: string): Promise<pg.Client> {
  const client = createClient(connectionString, { connectionTimeoutMillis: 10_000 });
  // a broken connection fails the query in flight; without a listener it would also crash the process
  client.on("error", () => {});
  await client.connect();
  return client;
}
