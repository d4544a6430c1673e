import { createHash } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import type pg from "pg";
import { checkEveryTableCovered, readTableColumns, resolveBackupPlan } from "./catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, ROWS_PER_LINE, type BackupHeader } from "./format";

export type BackupSummary = {
  organization: { id: string; slug: string; name: string };
  counts: Record<string, number>;
  bytes: number;
};

/** Appends lines to a file, hashing every byte; a write error surfaces as a rejection, never as a crash. */
async function openLineWriter(path: string) {
  const file = await open(path, "wx");
  const hash = createHash("sha256");
  let bytes = 0;
  let closed = false;
  return {
    async write(value: unknown, { hashed = true } = {}) {
      const line = JSON.stringify(value) + "\n";
      if (hashed) hash.update(line);
      bytes += Buffer.byteLength(line);
      await file.write(line);
    },
    digest: () => hash.digest("hex"),
    get bytes() {
      return bytes;
    },
    async close() {
      if (closed) return;
      closed = true;
      await file.close();
    },
  };
}

/**
 * Writes every row of one organization to `outPath` (JSON Lines, lib/backup/format.ts) from one consistent
 * snapshot (REPEATABLE READ, read only), so a backup taken while the desk is in use is still self-consistent.
 * The file appears under its name only when complete; a failed backup leaves no file behind.
 */
export async function backupOrganization(client: pg.Client, slug: string, outPath: string): Promise<BackupSummary> {
  const partial = `${outPath}.partial`;
  await rm(partial, { force: true });
  const out = await openLineWriter(partial);
  let completed = false;
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const org = (
      await client.query<{ id: string; slug: string; name: string }>(
        `SELECT "id", "slug", "name" FROM "Organization" WHERE "slug" = $1`,
        [slug],
      )
    ).rows[0];
    if (!org) throw new BackupError(`There is no organization with the slug "${slug}" in this database.`);
    const columns = await readTableColumns(client);
    checkEveryTableCovered(columns);
    const plan = await resolveBackupPlan(client);
    const header: BackupHeader = {
      type: "header",
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      organization: org,
      tables: Object.fromEntries(plan.map((t) => [t.name, columns[t.name]])),
    };
    await out.write(header);
    const counts: Record<string, number> = {};
    for (const table of plan) {
      const hasId = columns[table.name].some(([name]) => name === "id");
      // a cursor keeps memory flat however large the organization is
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t) AS "row" FROM "${table.name}" t WHERE ${table.scope}${hasId ? ` ORDER BY t."id"` : ""}`,
        [org.id],
      );
      counts[table.name] = 0;
      for (;;) {
        const { rows } = await client.query<{ row: Record<string, unknown> }>(
          `FETCH ${ROWS_PER_LINE} FROM backup_rows`,
        );
        if (!rows.length) break;
        counts[table.name] += rows.length;
        await out.write({ type: "rows", table: table.name, rows: rows.map((r) => r.row) });
      }
      await client.query("CLOSE backup_rows");
    }
    await out.write({ type: "end", counts, sha256: out.digest() }, { hashed: false });
    await client.query("COMMIT");
    await out.close();
    await rename(partial, outPath);
    completed = true;
    return { organization: org, counts, bytes: out.bytes };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await out.close();
    if (!completed) await rm(partial, { force: true });
  }
}
