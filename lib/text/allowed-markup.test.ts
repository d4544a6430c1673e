import { describe, expect, it } from "vitest";
import { findRemovedMarkup } from "./allowed-markup";

describe("findRemovedMarkup", () => {
  it("names each HTML element readers will not see, once, in order", () => {
    expect(
      findRemovedMarkup('The <u>figure</u> is <span style="color:red">wrong</span>, see <U>again</U> <img src=x>.'),
    ).toEqual(["<u>", "<span>", "<img>"]);
    expect(findRemovedMarkup("<script>alert(1)</script> and <!-- a note -->")).toEqual([
      "<script>",
      "<!-- comments -->",
    ]);
  });

  it("says nothing of basic formatting, Markdown, code or text that only looks like a tag", () => {
    expect(findRemovedMarkup("**Bold**, <strong>bold</strong>, <em>it</em>, <a href='https://x.test'>x</a>")).toEqual(
      [],
    );
    expect(findRemovedMarkup("Use `<span>` or\n```\n<div>block</div>\n```\nfor code")).toEqual([]);
    expect(findRemovedMarkup("3 < 5 and 5 > 3; x<y; a <- b; <3")).toEqual([]);
  });

  it("stays linear on hostile input", () => {
    expect(findRemovedMarkup("<".repeat(100_000) + "a".repeat(100_000))).toEqual([]);
    expect(findRemovedMarkup("`".repeat(50_001))).toEqual([]);
  });
});
