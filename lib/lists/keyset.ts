import { Prisma } from "@/lib/generated/prisma/client";
import type { Cursor, PageDirection } from "./cursor";

// SQL for one keyset ordering: ORDER BY (column IS NULL), column <dir>, id <dir>. Rows without a value come last in
// both directions ("not published yet" after every date); the id breaks ties, so every row has exactly one place and
// paging forwards then backwards visits each row once. Row-value comparisons `(col, id) < ($1, $2)` let PostgreSQL
// walk an index on (orgId, col, id) from the cursor instead of counting past the rows before it.

export type KeysetOrdering = {
  /** the column, table-qualified (e.g. Prisma.sql`a."publishedAt"`) */
  column: Prisma.Sql;
  /** the id column breaking ties */
  id: Prisma.Sql;
  direction: "asc" | "desc";
  nullable: boolean;
  /** the SQL type a cursor value is cast to ("timestamp(3)", "text") */
  cast: "timestamp(3)" | "text";
};

const raw = (s: string) => Prisma.raw(s);

function valueOf(ordering: KeysetOrdering, value: string | number): Prisma.Sql {
  return Prisma.sql`CAST(${value} AS ${raw(ordering.cast)})`;
}

/** ORDER BY for reading forwards, or (reversed) backwards from a cursor. */
export function keysetOrderBy(ordering: KeysetOrdering, reading: PageDirection | null): Prisma.Sql {
  const backwards = reading === "before";
  const dir = (ordering.direction === "asc") !== backwards ? "ASC" : "DESC";
  const nulls = ordering.nullable
    ? Prisma.sql`(${ordering.column} IS NULL) ${raw(backwards ? "DESC" : "ASC")}, `
    : Prisma.empty;
  return Prisma.sql`ORDER BY ${nulls}${ordering.column} ${raw(dir)}, ${ordering.id} ${raw(dir)}`;
}

/** The rows strictly after (or before) the cursor's row in the ordering; TRUE without a cursor. */
export function keysetWhere(
  ordering: KeysetOrdering,
  cursor: Cursor | null,
  reading: PageDirection | null,
): Prisma.Sql {
  if (!cursor || !reading) return Prisma.sql`TRUE`;
  const forwards = reading === "after";
  // forwards in an ascending ordering means greater: the comparison flips with each of the two
  const op = raw((ordering.direction === "asc") === forwards ? ">" : "<");
  const { column, id } = ordering;
  if (cursor.value === null) {
    // the cursor row sits among the rows without a value, at the end of the ordering
    const amongNulls = Prisma.sql`(${column} IS NULL AND ${id} ${op} ${cursor.id})`;
    return forwards ? amongNulls : Prisma.sql`(${column} IS NOT NULL OR ${amongNulls})`;
  }
  const compare = Prisma.sql`(${column}, ${id}) ${op} (${valueOf(ordering, cursor.value)}, ${cursor.id})`;
  if (!ordering.nullable) return compare;
  return forwards ? Prisma.sql`(${column} IS NULL OR ${compare})` : Prisma.sql`(${column} IS NOT NULL AND ${compare})`;
}
