import { parseArgs } from "node:util";
import { BackupError } from "./format";
import { connectToDatabase } from "./connect";

// Shared by scripts/org-backup.ts and scripts/org-restore.ts: options, the database connection, and the
// one-sentence messages with exit codes (1: refused or failed, nothing written; 2: wrong usage).

export function parseOptions<T extends Record<string, true>>(
  argv: string[],
  required: T,
  usage: string,
): Record<keyof T, string> {
  const options = Object.fromEntries(Object.keys(required).map((name) => [name, { type: "string" as const }]));
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args: argv, options, strict: true }).values as Record<string, string | undefined>;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${usage}`);
  }
  const missing = Object.keys(required).filter((name) => !values[name]);
  if (missing.length) throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(", ")}.\n${usage}`);
  return values as Record<keyof T, string>;
}

export class UsageError extends Error {}

type Client = Awaited<ReturnType<typeof connectToDatabase>>;

export async function runCommand<T>(
  name: string,
  readOptions: () => T,
  body: (client: Client, options: T) => Promise<string>,
): Promise<void> {
  let options: T;
  try {
    options = readOptions();
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
    return;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      `[${name}] DATABASE_URL is not set; run it through npm run ${name} (embedded database) or set DATABASE_URL.`,
    );
    process.exitCode = 2;
    return;
  }
  let client;
  try {
    client = await connectToDatabase(url);
    console.log(`[${name}] ${await body(client, options)}`);
  } catch (e) {
    console.error(`[${name}] ${e instanceof BackupError ? e.message : `failed: ${(e as Error).message}`}`);
    process.exitCode = 1;
  } finally {
    await client?.end();
  }
}
