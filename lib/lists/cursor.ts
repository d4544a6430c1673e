import { z } from "zod";
import { text } from "@/lib/validation/text";

// Keyset paging (issue 17). A cursor is the position of one row in one ordering: the value of the sort column (null
// when the row has none: those rows come last in every ordering) and the row's id, which breaks ties. It travels in
// the URL as ?after=… (the page after this row) or ?before=… (the page before it), base64url-encoded JSON, so a page
// link never goes stale when rows are added or removed in front of it, and a deep page costs what the first costs.
// The ordering's name is inside the cursor: a cursor copied from another sort is refused, never misread.

export type CursorValue = string | number | null;
export type Cursor = { sort: string; value: CursorValue; id: string };
export type PageDirection = "after" | "before";

/** The longest sort value a cursor carries: a title (at most 500 characters) with room to spare. */
export const MAX_CURSOR_VALUE = 600;
/**
 * Longer than this is not a cursor we made; refused before decoding. The worst case we make is MAX_CURSOR_VALUE
 * UTF-16 units that JSON writes as six-byte \u escapes (control characters), plus the name and id, in base64.
 */
export const MAX_CURSOR_LENGTH = Math.ceil(((MAX_CURSOR_VALUE * 6 + 160) * 4) / 3);

const payloadSchema = z
  .object({
    s: text().min(1).max(40),
    v: z.union([text().max(MAX_CURSOR_VALUE), z.number().finite(), z.null()]),
    i: text().regex(/^[A-Za-z0-9_-]{1,64}$/),
  })
  .strict();

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, v: cursor.value, i: cursor.id }), "utf8").toString("base64url");
}

/** The cursor in `raw`, or null when it is not one of ours (wrong shape, too long, another ordering's). */
export function decodeCursor(raw: string, sort: string): Cursor | null {
  if (raw.length === 0 || raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.s !== sort) return null;
  return { sort: parsed.data.s, value: parsed.data.v, id: parsed.data.i };
}

/** A date column's cursor value: ISO text, which the codec carries as-is and the query casts back. */
export function dateCursorValue(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

/** True when `value` is an ISO timestamp as dateCursorValue writes it. */
export function isIsoTimestamp(value: CursorValue): value is string {
  // the round trip refuses what Date.parse would roll over (30 February becomes 2 March) but PostgreSQL refuses
  // years 0001-9999 only: PostgreSQL has no year 0 and does not read "+275760-…"
  return (
    typeof value === "string" &&
    /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString() === value
  );
}

export type PageLinks = { after: Cursor | null; before: Cursor | null };

/**
 * Which neighbours a fetched page has. The query asks for one row more than a page in the direction it reads; that
 * extra row only says "there is more". Reading backwards (before=…) the rows come in reverse and are turned around.
 */
export function cutPage<T>(
  rows: T[],
  pageSize: number,
  direction: PageDirection | null,
  cursorOf: (row: T) => Cursor,
): { rows: T[]; links: PageLinks } {
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (direction === "before") page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  const hasNext = direction === "before" ? true : more;
  const hasPrevious = direction === "before" ? more : direction === "after";
  return {
    rows: page,
    links: {
      after: hasNext && last ? cursorOf(last) : null,
      before: hasPrevious && first ? cursorOf(first) : null,
    },
  };
}
