import { describe, expect, it } from "vitest";
import { cutPage, decodeCursor, encodeCursor, isIsoTimestamp, MAX_CURSOR_LENGTH, type Cursor } from "./cursor";

const SORT = "articles.updated.desc";

describe("cursor codec", () => {
  it.each<Cursor>([
    { sort: SORT, value: "2026-12-03T06:16:30.123Z", id: "cmabc123" },
    { sort: SORT, value: null, id: "x" },
    { sort: SORT, value: 42.5, id: "id_with-dash" },
    { sort: SORT, value: "Ünïcode “title” with , and ) and 🙂", id: "a" },
    { sort: SORT, value: "", id: "a" },
    // the longest titles, in the widest encodings: three-byte characters, emoji, control characters
    { sort: SORT, value: "漢".repeat(500), id: "a".repeat(64) },
    { sort: SORT, value: "🙂".repeat(250), id: "a".repeat(64) },
    { sort: SORT, value: "\u0001".repeat(600), id: "a".repeat(64) },
  ])("round-trips %j", (cursor) => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/); // safe in a URL without escaping
    expect(decodeCursor(encoded, SORT)).toEqual(cursor);
  });

  it("refuses a cursor made for another ordering", () => {
    const encoded = encodeCursor({ sort: "articles.title.asc", value: "A", id: "a" });
    expect(decodeCursor(encoded, SORT)).toBeNull();
  });

  const b64 = (json: unknown) => Buffer.from(JSON.stringify(json)).toString("base64url");
  it.each([
    ["empty", ""],
    ["not base64url", "abc+/="],
    ["not JSON", Buffer.from("{nope").toString("base64url")],
    ["an array", b64([1, 2])],
    ["missing id", b64({ s: SORT, v: null })],
    ["id with a quote", b64({ s: SORT, v: null, i: "a'b" })],
    ["id too long", b64({ s: SORT, v: null, i: "a".repeat(65) })],
    ["value an object", b64({ s: SORT, v: { x: 1 }, i: "a" })],
    ["value not finite", Buffer.from(`{"s":"${SORT}","v":1e999,"i":"a"}`).toString("base64url")],
    ["value with a NUL byte", b64({ s: SORT, v: "a\u0000b", i: "a" })],
    ["extra keys", b64({ s: SORT, v: null, i: "a", x: 1 })],
    ["too long", "A".repeat(MAX_CURSOR_LENGTH + 1)],
  ])("refuses %s", (_, raw) => {
    expect(decodeCursor(raw, SORT)).toBeNull();
  });

  it("recognises the ISO timestamps it writes, nothing looser", () => {
    expect(isIsoTimestamp(new Date(0).toISOString())).toBe(true);
    expect(isIsoTimestamp("2026-12-03")).toBe(false);
    expect(isIsoTimestamp("2026-13-45T00:00:00.000Z")).toBe(false);
    expect(isIsoTimestamp("2026-02-30T00:00:00.000Z")).toBe(false);
    expect(isIsoTimestamp("+275760-09-13T00:00:00.000Z")).toBe(false);
    expect(isIsoTimestamp("0000-01-01T00:00:00.000Z")).toBe(false);
    expect(isIsoTimestamp("0001-01-01T00:00:00.000Z")).toBe(true);
    expect(isIsoTimestamp(null)).toBe(false);
  });
});

describe("cutPage", () => {
  const cursorOf = (n: number): Cursor => ({ sort: SORT, value: n, id: String(n) });
  const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

  it("first page: next link only when the extra row came back", () => {
    expect(cutPage(rows(1, 4), 3, null, cursorOf)).toEqual({
      rows: [1, 2, 3],
      links: { after: cursorOf(3), before: null },
    });
    expect(cutPage(rows(1, 3), 3, null, cursorOf).links).toEqual({ after: null, before: null });
  });

  it("reading forwards from a cursor there is always a page before", () => {
    expect(cutPage(rows(4, 2), 3, "after", cursorOf)).toEqual({
      rows: [4, 5],
      links: { after: null, before: cursorOf(4) },
    });
  });

  it("reading backwards the rows are turned around and there is always a page after", () => {
    expect(cutPage([6, 5, 4, 3], 3, "before", cursorOf)).toEqual({
      rows: [4, 5, 6],
      links: { after: cursorOf(6), before: cursorOf(4) },
    });
    expect(cutPage([3, 2, 1], 3, "before", cursorOf)).toEqual({
      rows: [1, 2, 3],
      links: { after: cursorOf(3), before: null },
    });
  });

  it("an empty page has no links", () => {
    expect(cutPage([], 3, "after", cursorOf).links).toEqual({ after: null, before: null });
  });
});
