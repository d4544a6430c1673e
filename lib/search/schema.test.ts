import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "./schema";

describe("search query string", () => {
  it("treats a missing or blank q as the empty page and blank filters as no filter", () => {
    expect(parseSearchParams({}).kind).toBe("empty");
    expect(parseSearchParams({ q: "  " }).kind).toBe("empty");
    const ok = parseSearchParams({ q: " treaty ", verdict: "", state: "", assignee: "", from: "", to: "", page: "" });
    expect(ok).toMatchObject({ kind: "ok", query: { q: "treaty", page: 1 } });
    if (ok.kind === "ok")
      expect([ok.query.verdict, ok.query.state, ok.query.assignee, ok.query.from]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
  });

  it("names each bad field in its message", () => {
    const bad = parseSearchParams({
      q: "x",
      state: "LOST",
      from: "2025-02-30",
      to: "yesterday",
      page: "0",
      assignee: "a b",
    });
    expect(bad.kind).toBe("invalid");
    if (bad.kind !== "invalid") return;
    expect(bad.errors.state).toMatch(/^state must be one of DRAFT/);
    expect(bad.errors.from).toBe("from is not a real date");
    expect(bad.errors.to).toBe("to must be a date written as YYYY-MM-DD");
    expect(bad.errors.page).toBe("page starts at 1");
    expect(bad.errors.assignee).toMatch(/^assignee must be/);
    expect(parseSearchParams({ q: "x".repeat(201) })).toMatchObject({
      errors: { q: "The search is limited to 200 characters" },
    });
    expect(parseSearchParams({ q: "x", from: "2025-03-02", to: "2025-03-01" })).toMatchObject({
      errors: { to: "to must be on or after from" },
    });
  });

  it("takes the first of repeated parameters and keeps filters in page links", () => {
    expect(parseSearchParams({ q: ["a", "b"] })).toMatchObject({ query: { q: "a" } });
    expect(searchHref({ q: "a b", state: "DRAFT", verdict: "", page: "3" }, 2)).toBe(
      "/search?q=a+b&state=DRAFT&page=2",
    );
    expect(searchHref({ q: "a" }, 1)).toBe("/search?q=a");
  });
});
