import { describe, expect, it } from "vitest";
import { buildContentDisposition, readDispositionFilename, slugifyAscii, slugifyUnicode } from "./download-name";

describe("download names", () => {
  it.each([
    [
      'Trump questions U.S.-Japan alliance, calls it "interesting"',
      "trump-questions-u-s-japan-alliance-calls-it-interesting",
    ],
    ["Ōno's café in Łódź", "ono-s-cafe-in-lodz"],
    ["日本語の見出し", "article"],
    ["  ---  ", "article"],
    ['a"b\\c/d\r\ne', "a-b-c-d-e"],
  ])("folds %j to ASCII", (title, slug) => {
    expect(slugifyAscii(title)).toBe(slug);
  });

  it("keeps letters of any script in the UTF-8 name and caps the length", () => {
    expect(slugifyUnicode("日本語の見出し — Заголовок")).toBe("日本語の見出し-заголовок");
    expect(Array.from(slugifyUnicode("x".repeat(300))).length).toBe(80);
  });

  it("writes both filename parameters, the UTF-8 one percent-encoded", () => {
    const header = buildContentDisposition("Ōno's (reply)*", "review", "pdf");
    expect(header).toBe(`attachment; filename="ono-s-reply-review.pdf"; filename*=UTF-8''%C5%8Dno-s-reply-review.pdf`);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe("readDispositionFilename", () => {
  it("prefers the UTF-8 name and falls back to the plain one", () => {
    expect(readDispositionFilename(buildContentDisposition("Ōno", "review", "md"))).toBe("ōno-review.md");
    expect(readDispositionFilename('attachment; filename="a.csv"')).toBe("a.csv");
    expect(readDispositionFilename("attachment; filename*=UTF-8''%E0%A4%A; filename=\"b.csv\"")).toBe("b.csv");
    expect(readDispositionFilename(null)).toBeNull();
  });
});
