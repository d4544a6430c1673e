import { z } from "zod";

// The backup file: JSON Lines, one header, any number of row batches in restore order, one end line.
//   {"type":"header","format":"factdesk-org-backup","version":1,...,"tables":{"Article":[["id","text"],...]}}
//   {"type":"rows","table":"Article","rows":[{...},...]}
//   {"type":"end","counts":{"Article":12,...},"sha256":"<hex of every byte before this line>"}
// The end line proves the file is complete; its hash proves nothing before it changed.

export const BACKUP_FORMAT = "factdesk-org-backup";
export const BACKUP_VERSION = 1;
export const ROWS_PER_LINE = 500;

/** Column name and PostgreSQL type (udt_name), in table order: a restore needs the same columns to be lossless. */
const columnSchema = z.tuple([z.string().min(1), z.string().min(1)]);

export const backupHeaderSchema = z.object({
  type: z.literal("header"),
  format: z.literal(BACKUP_FORMAT, {
    error: `not a FactDesk organization backup (the first line must say "format":"${BACKUP_FORMAT}")`,
  }),
  version: z.literal(BACKUP_VERSION, {
    error: `this backup format version is not supported (this FactDesk reads version ${BACKUP_VERSION})`,
  }),
  createdAt: z.iso.datetime(),
  organization: z.object({ id: z.string().min(1), slug: z.string().min(1), name: z.string() }),
  tables: z.record(z.string().min(1), z.array(columnSchema).min(1)),
});

export const backupRowsSchema = z.object({
  type: z.literal("rows"),
  table: z.string().min(1),
  rows: z.array(z.record(z.string(), z.unknown())).min(1),
});

export const backupEndSchema = z.object({
  type: z.literal("end"),
  counts: z.record(z.string(), z.number().int().min(0)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "sha256 must be 64 hex digits"),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupRows = z.infer<typeof backupRowsSchema>;
export type BackupEnd = z.infer<typeof backupEndSchema>;
export type TableColumns = Record<string, [string, string][]>;

/** Thrown for anything the person running the command must fix; the message says what, and nothing was written. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}
