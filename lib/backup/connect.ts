import pg from "pg";

/**
 * A plain pg connection for the backup commands, honouring Prisma's `?schema=` parameter (the tests put each file
 * in its own schema) by setting the search path, so every table name below can stay unqualified.
 */
export async function connectToDatabase(connectionString: string): Promise<pg.Client> {
  const url = new URL(connectionString);
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 10_000 });
  // a broken connection fails the query in flight; without a listener it would also crash the process
  client.on("error", () => {});
  await client.connect();
  if (schema) await client.query(`SET search_path TO ${client.escapeIdentifier(schema)}`);
  return client;
}
