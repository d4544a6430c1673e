import type pg from "pg";
import { BackupError, type TableColumns } from "./format";
import { BACKUP_TABLES, NOT_BACKED_UP, USER_SCOPE_PLACEHOLDER, type BackupTable } from "./tables";

// What the database itself says about its tables: columns (for lossless copies and the restore's schema check)
// and foreign keys to "User" (so that every user a row refers to travels with the organization).

export async function readTableColumns(client: pg.Client): Promise<TableColumns> {
  const { rows } = await client.query<{ table_name: string; column_name: string; udt_name: string }>(
    `SELECT table_name, column_name, udt_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const tables: TableColumns = {};
  for (const r of rows) (tables[r.table_name] ??= []).push([r.column_name, r.udt_name]);
  return tables;
}

/** Refuses to back up a database with a table that is neither in the plan nor excluded with a reason. */
export function checkEveryTableCovered(columns: TableColumns): void {
  const planned = new Set(BACKUP_TABLES.map((t) => t.name));
  const missing = Object.keys(columns).filter((name) => !planned.has(name) && !(name in NOT_BACKED_UP));
  if (missing.length) {
    throw new BackupError(
      `The database has table(s) ${missing.join(", ")} that the backup does not know; add them to lib/backup/tables.ts (or to NOT_BACKED_UP with a reason).`,
    );
  }
  const absent = BACKUP_TABLES.filter((t) => !columns[t.name]).map((t) => t.name);
  if (absent.length)
    throw new BackupError(
      `The database has no table(s) ${absent.join(", ")}: run the migrations first (npm run db:deploy).`,
    );
}

async function readUserReferences(client: pg.Client): Promise<{ table: string; column: string }[]> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT src.relname AS "table", att.attname AS "column"
     FROM pg_constraint con
     JOIN pg_class src ON src.oid = con.conrelid
     JOIN pg_class dst ON dst.oid = con.confrelid
     JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = ANY (con.conkey)
     WHERE con.contype = 'f' AND dst.relname = 'User' AND dst.relnamespace = current_schema()::regnamespace
     ORDER BY 1, 2`,
  );
  return rows;
}

/** The plan with the user scope filled in: members plus every user any backed-up row points at. */
export async function resolveBackupPlan(client: pg.Client): Promise<BackupTable[]> {
  const byName = new Map(BACKUP_TABLES.map((t) => [t.name, t]));
  const selects = [`SELECT "userId" FROM "Membership" WHERE "orgId" = $1`];
  for (const ref of await readUserReferences(client)) {
    const owner = byName.get(ref.table);
    if (!owner || owner.name === "User") continue;
    selects.push(`SELECT "${ref.column}" FROM "${ref.table}" WHERE ${owner.scope}`);
  }
  const userScope = `"id" IN (${selects.join(" UNION ")})`;
  return BACKUP_TABLES.map((t) => (t.scope === USER_SCOPE_PLACEHOLDER ? { ...t, scope: userScope } : t));
}
