import { describe, expect, it } from "vitest";
import { compareMeta, readerMeta, toPublishedMeta } from "./article-meta";

const live = {
  title: "Live title",
  outlet: "Outlet",
  author: null,
  originalPublishedAt: new Date("2025-03-07T00:00:00Z"),
  originalUrl: null,
  language: "en",
  readerLanguage: null,
};

describe("article details as published", () => {
  it("readers get the published details, or the live ones for an article published before they were kept", () => {
    const published = toPublishedMeta({ ...live, title: "Published title" });
    expect(readerMeta(published, live)).toMatchObject({
      title: "Published title",
      originalPublishedAt: new Date("2025-03-07T00:00:00Z"),
    });
    expect(readerMeta(null, live)).toBe(live);
    expect(readerMeta({ title: 5 }, live)).toBe(live); // a malformed column never breaks the page
  });

  it("lists the details that would change, dates as days", () => {
    const before = toPublishedMeta(live);
    const after = toPublishedMeta({ ...live, title: "New", originalPublishedAt: new Date("2025-03-08T00:00:00Z") });
    expect(compareMeta(before, after)).toEqual([
      { field: "title", before: "Live title", after: "New" },
      { field: "original date", before: "2025-03-07", after: "2025-03-08" },
    ]);
    expect(compareMeta(null, after)).toEqual([]);
    expect(compareMeta(before, toPublishedMeta({ ...live, language: "ar" }))).toEqual([
      { field: "language", before: "en", after: "ar" },
    ]);
    expect(compareMeta(before, toPublishedMeta({ ...live, readerLanguage: "es" }))).toEqual([
      { field: "reader page language", before: "", after: "es" },
    ]);
  });

  it("lets a snapshot taken before articles had a reader page language follow the organization", () => {
    const { readerLanguage: _none, ...oldSnapshot } = toPublishedMeta(live);
    expect(readerMeta(oldSnapshot, { ...live, readerLanguage: "ar" })).toMatchObject({ readerLanguage: null });
  });

  it("gives readers no language from a snapshot taken before articles had one, never the live, unapproved one", () => {
    const { language: _none, ...oldSnapshot } = toPublishedMeta({ ...live, title: "Old" });
    expect(readerMeta(oldSnapshot, { ...live, language: "ar" })).toMatchObject({ title: "Old", language: null });
  });
});
