import { describe, expect, it } from "vitest";
import { issueMessage } from "./issue-message";
import { describeBadCharacter, hasBadCharacter, text } from "./text";

describe("text()", () => {
  it.each([
    ["a\u0000b", "a NUL byte"],
    ["\uD800", "half of a surrogate pair (a broken character)"],
    ["x\uDC00", "half of a surrogate pair (a broken character)"],
    ["\uDBFF\uDBFF\uDC00", "half of a surrogate pair (a broken character)"],
  ])("refuses %j, naming %s", (value, what) => {
    expect(hasBadCharacter(value)).toBe(true);
    expect(describeBadCharacter(value)).toBe(what);
    const result = text(undefined, "title").safeParse(value);
    expect(result.success).toBe(false);
    expect(issueMessage(result.error!.issues[0])).toBe(
      `Title contains a character that cannot be saved. Remove it and try again. (It holds ${what}.)`,
    );
    expect(issueMessage(result.error!.issues[0], "es")).toMatch(
      /^El título contiene un carácter que no se puede guardar/,
    );
  });

  it.each(["", "plain", "emoji 😀 and 𝔘", "ü, 中文, \u200b, \t\n", "\uD83D\uDE00"])("keeps %j", (value) => {
    expect(hasBadCharacter(value)).toBe(false);
    expect(text().safeParse(value).success).toBe(true);
  });

  it("chains like z.string() and refuses before later checks", () => {
    const schema = text({ error: "Give a title." }).trim().min(1, "Give a title.").max(5, "Too long.");
    expect(schema.parse("  ok  ")).toBe("ok");
    expect(schema.safeParse(42).error?.issues[0].message).toBe("Give a title.");
    expect(schema.safeParse("\u0000".repeat(10)).error?.issues.map((i) => issueMessage(i))).toEqual([
      expect.stringContaining("NUL byte"),
    ]);
  });
});
