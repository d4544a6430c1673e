import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/lists/cursor";
import { parseSearchParams, SEARCH_ORDERING, searchCursorValue, searchHref } from "./schema";
import { issueMessage } from "@/lib/validation/issue-message";

describe("search query string", () => {
  it("treats a missing or blank q as the empty page and blank filters as no filter", () => {
    expect(parseSearchParams({}).kind).toBe("empty");
    expect(parseSearchParams({ q: "  " }).kind).toBe("empty");
    const ok = parseSearchParams({ q: " treaty ", verdict: "", state: "", assignee: "", from: "", to: "", page: "" });
    expect(ok).toMatchObject({ kind: "ok", query: { q: "treaty", page: { direction: null, cursor: null } } });
    if (ok.kind === "ok")
      expect([ok.query.verdict, ok.query.state, ok.query.assignee, ok.query.from]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
  });

  it("names each bad field in its message", () => {
    const input = { q: "x", state: "LOST", from: "2025-02-30", to: "yesterday", assignee: "a b" };
    const bad = parseSearchParams(input, (i) => issueMessage(i));
    expect(bad.kind).toBe("invalid");
    if (bad.kind !== "invalid") return;
    expect(bad.errors.state).toMatch(/^state must be one of DRAFT/);
    expect(bad.errors.from).toBe("from is not a real date");
    expect(bad.errors.to).toBe("to must be a date written as YYYY-MM-DD");
    expect(bad.errors.assignee).toMatch(/^assignee must be/);
    expect(parseSearchParams({ q: "x".repeat(201) }, (i) => issueMessage(i))).toMatchObject({
      errors: { q: "The search is limited to 200 characters" },
    });
    expect(parseSearchParams({ q: "x", from: "2025-03-02", to: "2025-03-01" }, (i) => issueMessage(i))).toMatchObject({
      errors: { to: "to must be on or after from" },
    });
    // the search page passes the member's language
    expect(parseSearchParams(input, (i) => issueMessage(i, "es"))).toMatchObject({
      errors: { from: "from no es una fecha real", to: "to debe ser una fecha escrita como AAAA-MM-DD" },
    });
  });

  it("takes the first of repeated parameters and keeps filters in page links", () => {
    expect(parseSearchParams({ q: ["a", "b"] })).toMatchObject({ query: { q: "a" } });
    const cursor = { sort: SEARCH_ORDERING, value: searchCursorValue(8, new Date(0)), id: "c1" };
    const href = searchHref({ q: "a b", state: "DRAFT", verdict: "" }, { direction: "after", cursor });
    expect(href).toBe(`/search?q=a+b&state=DRAFT&after=${encodeCursor(cursor)}`);
    expect(searchHref({ q: "a" })).toBe("/search?q=a");
    const back = parseSearchParams(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(back).toMatchObject({
      kind: "ok",
      notices: [],
      query: { state: "DRAFT", page: { direction: "after", cursor } },
    });
  });

  it("reads a damaged or foreign page link as the first page with a notice", () => {
    const foreign = encodeCursor({ sort: "articles.title.asc", value: "x", id: "a" });
    const badValue = encodeCursor({ sort: SEARCH_ORDERING, value: "8|yesterday", id: "a" });
    for (const after of ["###", foreign, badValue]) {
      const parsed = parseSearchParams({ q: "x", after });
      expect(parsed).toMatchObject({ kind: "ok", query: { page: { direction: null, cursor: null } } });
      expect(parsed.kind === "ok" && parsed.notices).toHaveLength(1);
    }
  });
});
