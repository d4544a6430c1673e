import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  buildContainerIri,
  buildPageIri,
  countPages,
  findPageWindow,
  parsePageQuery,
} from "./paging";

const query = (search: string) => parsePageQuery(new URLSearchParams(search));

describe("page query", () => {
  it("defaults to the container (no page), 20 per page, full annotations", () => {
    expect(query("")).toEqual({ page: null, pageSize: DEFAULT_PAGE_SIZE, iris: false });
    expect(DEFAULT_PAGE_SIZE).toBe(20);
  });

  it("reads page, pageSize and iris, and caps the size at 100", () => {
    expect(query("page=2&pageSize=1&iris=1")).toEqual({ page: 2, pageSize: 1, iris: true });
    expect(query("pageSize=5000").pageSize).toBe(MAX_PAGE_SIZE);
    expect(query("iris=0").iris).toBe(false);
  });

  it.each([
    ["page=-1", "page"],
    ["page=one", "page"],
    ["page=1.5", "page"],
    ["page=", "page"],
    ["pageSize=0", "pageSize"],
    ["pageSize=abc", "pageSize"],
    ["iris=yes", "iris"],
  ])("refuses %j naming %s", (search, name) => {
    let error: unknown;
    try {
      query(search);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID", details: { path: name } });
    expect((error as Error).message).toContain(`Invalid query parameter ${name}`);
  });
});

describe("page windows", () => {
  it.each([
    // total, size, page → window (null past the end)
    [4, 20, 0, { startIndex: 0, endIndex: 4, lastPage: 0, hasPrev: false, hasNext: false }],
    [4, 1, 0, { startIndex: 0, endIndex: 1, lastPage: 3, hasPrev: false, hasNext: true }],
    [4, 1, 2, { startIndex: 2, endIndex: 3, lastPage: 3, hasPrev: true, hasNext: true }],
    [4, 1, 3, { startIndex: 3, endIndex: 4, lastPage: 3, hasPrev: true, hasNext: false }],
    [5, 2, 2, { startIndex: 4, endIndex: 5, lastPage: 2, hasPrev: true, hasNext: false }],
    [40, 20, 1, { startIndex: 20, endIndex: 40, lastPage: 1, hasPrev: true, hasNext: false }],
    [4, 1, 4, null],
    [4, 20, 1, null],
    [0, 20, 0, null],
    [4, 2, -1, null],
  ])("%i items, %i per page, page %i", (total, size, page, expected) => {
    expect(findPageWindow(total, size, page)).toEqual(expected);
  });

  it("every item lands on exactly one page", () => {
    for (const total of [0, 1, 19, 20, 21, 99, 100, 101]) {
      for (const size of [1, 3, 20, 100]) {
        const seen: number[] = [];
        for (let page = 0; page < countPages(total, size); page += 1) {
          const w = findPageWindow(total, size, page)!;
          for (let i = w.startIndex; i < w.endIndex; i += 1) seen.push(i);
        }
        expect(seen).toEqual([...Array(total).keys()]);
      }
    }
  });
});

describe("IRIs", () => {
  it("puts the container under the public base URL, with a trailing slash", () => {
    expect(buildContainerIri("http://localhost:3000", "art1")).toBe("http://localhost:3000/api/annotations/art1/");
    expect(buildContainerIri("https://facts.example.org/", "a b")).toBe(
      "https://facts.example.org/api/annotations/a%20b/",
    );
  });

  it("keeps page links short and self-describing", () => {
    const c = "http://x.test/api/annotations/a/";
    expect(buildPageIri(c, { page: 0, pageSize: 20, iris: false })).toBe(`${c}?page=0`);
    expect(buildPageIri(c, { page: 3, pageSize: 1, iris: false })).toBe(`${c}?page=3&pageSize=1`);
    expect(buildPageIri(c, { page: 1, pageSize: 20, iris: true })).toBe(`${c}?page=1&iris=1`);
  });
});
