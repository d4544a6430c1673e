import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { z } from "zod";
import {
  backupEndSchema,
  backupHeaderSchema,
  backupRowsSchema,
  BackupError,
  type BackupEnd,
  type BackupHeader,
  type BackupRows,
} from "./format";
import { issueEnglish } from "@/lib/validation/issue-text";

// Reads a backup file line by line and checks all of it: shape of every line (zod), table order, the columns of
// every row, the row counts and the SHA-256 of the whole file. Anything wrong ends with a BackupError that names
// the line; rows are handed to `onRows` as they are read, so a restore inside a transaction rolls back on error.

function parseLine<T>(schema: z.ZodType<T>, text: string, lineNumber: number, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(`Line ${lineNumber} of the backup is not valid JSON: the file is damaged.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(
      `Line ${lineNumber} of the backup is not a valid ${what}: ${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issueEnglish(issue)}.`,
    );
  }
  return parsed.data;
}

function lineType(text: string): string | undefined {
  const match = /^\{"type":"(\w+)"/.exec(text);
  return match?.[1];
}

function checkRowColumns(batch: BackupRows, header: BackupHeader, lineNumber: number): void {
  const expected = header.tables[batch.table].map(([name]) => name);
  const expectedKey = [...expected].sort().join(",");
  for (const row of batch.rows) {
    if (Object.keys(row).sort().join(",") !== expectedKey) {
      throw new BackupError(
        `Line ${lineNumber} of the backup has a ${batch.table} row whose columns differ from the header's (${expected.join(", ")}): the file is damaged.`,
      );
    }
  }
}

export async function scanBackup(
  path: string,
  onRows?: (batch: BackupRows) => Promise<void>,
): Promise<{ header: BackupHeader; end: BackupEnd }> {
  try {
    if (!(await stat(path)).isFile()) throw new BackupError(`${path} is not a file.`);
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`Cannot read the backup file ${path}: ${(e as Error).message}`);
  }
  const hash = createHash("sha256");
  const counts: Record<string, number> = {};
  let header: BackupHeader | undefined;
  let end: BackupEnd | undefined;
  let tableIndex = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const text of lines) {
    lineNumber++;
    if (end) {
      if (text.trim())
        throw new BackupError(`Line ${lineNumber} of the backup comes after its end line: the file is damaged.`);
      continue;
    }
    if (!header) {
      header = parseLine(backupHeaderSchema, text, lineNumber, "backup header");
      for (const name of Object.keys(header.tables)) counts[name] = 0;
    } else if (lineType(text) === "end") {
      end = parseLine(backupEndSchema, text, lineNumber, "end line");
      continue; // the end line is not part of its own hash
    } else {
      const batch = parseLine(backupRowsSchema, text, lineNumber, "row batch");
      const order = Object.keys(header.tables);
      const index = order.indexOf(batch.table);
      if (index < 0)
        throw new BackupError(
          `Line ${lineNumber} of the backup has rows of table "${batch.table}", which its header does not list.`,
        );
      if (index < tableIndex)
        throw new BackupError(
          `Line ${lineNumber} of the backup has ${batch.table} rows after ${order[tableIndex]} rows: tables must come in the header's order.`,
        );
      tableIndex = index;
      checkRowColumns(batch, header, lineNumber);
      counts[batch.table] += batch.rows.length;
      await onRows?.(batch);
    }
    hash.update(text + "\n");
  }
  if (!header) throw new BackupError(`The backup file ${path} is empty.`);
  if (!end)
    throw new BackupError(
      `The backup file ${path} is incomplete: it has no end line (it was probably cut off while being written or copied).`,
    );
  if (hash.digest("hex") !== end.sha256)
    throw new BackupError(
      `The backup file ${path} is damaged: its SHA-256 does not match the one recorded in its end line.`,
    );
  const extra = Object.keys(end.counts).filter((table) => !(table in counts));
  if (extra.length)
    throw new BackupError(
      `The backup file ${path} is damaged: its end line counts table(s) ${extra.join(", ")} that its header does not list.`,
    );
  for (const [table, count] of Object.entries(counts)) {
    if (end.counts[table] !== count)
      throw new BackupError(
        `The backup file ${path} is damaged: it holds ${count} ${table} rows, its end line says ${end.counts[table] ?? "none"}.`,
      );
  }
  return { header, end };
}
