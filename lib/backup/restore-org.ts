import type pg from "pg";
import { readTableColumns } from "./catalog";
import { BackupError, type BackupHeader, type BackupRows } from "./format";
import { scanBackup } from "./read-backup";
import { BACKUP_TABLES } from "./tables";

export type RestoreSummary = {
  organization: BackupHeader["organization"];
  counts: Record<string, number>;
  usersKept: number;
};

type Deferred = { table: string; columns: readonly string[]; rows: Record<string, unknown>[] };

/** The target must have exactly the backed-up columns with the same types, or the copy would not be lossless. */
async function checkSameColumns(client: pg.Client, header: BackupHeader): Promise<void> {
  const target = await readTableColumns(client);
  for (const [table, columns] of Object.entries(header.tables)) {
    const describe = (cols: [string, string][] | undefined) => (cols ?? []).map(([n, t]) => `${n} ${t}`).join(", ");
    if (describe(target[table]) !== describe(columns)) {
      throw new BackupError(
        `This database's table "${table}" does not match the backup's (backup: ${describe(columns)}; database: ${describe(target[table]) || "no such table"}). Restore into a database migrated to the same FactDesk version.`,
      );
    }
  }
}

async function refuseExistingOrganization(client: pg.Client, org: BackupHeader["organization"]): Promise<void> {
  const { rows } = await client.query<{ slug: string }>(
    `SELECT "slug" FROM "Organization" WHERE "id" = $1 OR "slug" = $2`,
    [org.id, org.slug],
  );
  if (rows.length) {
    throw new BackupError(
      `The organization "${rows[0].slug}" already exists in this database; nothing was restored. Restore into an empty database, or remove that organization first.`,
    );
  }
}

function describeDatabaseError(table: string, e: unknown): BackupError {
  const err = e as { code?: string; detail?: string; message?: string };
  if (err.code === "23505")
    return new BackupError(
      `Could not restore ${table}: a row that is not part of this organization is in the way (${err.detail ?? err.message}). Nothing was restored.`,
    );
  return new BackupError(
    `Could not restore ${table}: ${err.message}${err.detail ? ` (${err.detail})` : ""}. Nothing was restored.`,
  );
}

/**
 * Restores a backup file (lib/backup/format.ts) into the database in one transaction: the file is checked in
 * full first, then written; any error rolls everything back, so a refused restore leaves nothing behind.
 */
export async function restoreOrganization(client: pg.Client, path: string): Promise<RestoreSummary> {
  const { header } = await scanBackup(path);
  const plan = new Map(BACKUP_TABLES.map((t) => [t.name, t]));
  const unknown = Object.keys(header.tables).filter((t) => !plan.has(t));
  if (unknown.length)
    throw new BackupError(
      `The backup holds table(s) ${unknown.join(", ")} that this FactDesk version does not restore.`,
    );

  const counts: Record<string, number> = {};
  const deferred: Deferred[] = [];
  let usersKept = 0;
  await client.query("BEGIN");
  try {
    await checkSameColumns(client, header);
    await refuseExistingOrganization(client, header.organization);
    const insertBatch = async (batch: BackupRows) => {
      const table = plan.get(batch.table)!;
      const columns = header.tables[batch.table].map(([name]) => `"${name}"`).join(", ");
      let rows = batch.rows;
      if (table.deferred?.length) {
        const later = rows.filter((r) => table.deferred!.some((c) => r[c] !== null));
        const keep = ["id", ...table.deferred];
        if (later.length)
          deferred.push({
            table: table.name,
            columns: table.deferred,
            rows: later.map((r) => Object.fromEntries(keep.map((c) => [c, r[c]]))),
          });
        rows = rows.map((r) => ({ ...r, ...Object.fromEntries(table.deferred!.map((c) => [c, null])) }));
      }
      // the simple query protocol (no parameters): the embedded database's wire server loses its place in the
      // extended protocol after an error, and an error here must leave the connection able to roll back
      const conflict = table.shared ? ` ON CONFLICT ("id") DO NOTHING` : "";
      try {
        const result = await client.query(
          `INSERT INTO "${table.name}" (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::"${table.name}", ${client.escapeLiteral(JSON.stringify(rows))}::jsonb)${conflict}`,
        );
        usersKept += rows.length - (result.rowCount ?? 0);
      } catch (e) {
        throw describeDatabaseError(table.name, e);
      }
      counts[table.name] = (counts[table.name] ?? 0) + rows.length;
    };
    // the second read checks the hash again, so a file changed between the two reads is refused as well
    await scanBackup(path, insertBatch);
    for (const d of deferred) {
      const sets = d.columns.map((c) => `"${c}" = r."${c}"`).join(", ");
      await client
        .query(
          `UPDATE "${d.table}" t SET ${sets} FROM jsonb_populate_recordset(NULL::"${d.table}", ${client.escapeLiteral(JSON.stringify(d.rows))}::jsonb) r WHERE t."id" = r."id"`,
        )
        .catch((e) => {
          throw describeDatabaseError(d.table, e);
        });
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
  return { organization: header.organization, counts, usersKept };
}
