import { describe, expect, it } from "vitest";
import { excerpt, notificationMessage } from "./messages";

describe("notification messages", () => {
  it("keep short texts whole and on one line", () => {
    expect(excerpt("Check  the\nsource")).toBe("Check the source");
  });
  it("cut long texts at a word with an ellipsis", () => {
    const long = "word ".repeat(40);
    const cut = excerpt(long, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toMatch(/word…$/);
    expect(excerpt("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });
  it("name the actor and the subject", () => {
    expect(notificationMessage("mention", "Riley Reviewer", "@editor look")).toBe(
      "Riley Reviewer mentioned you: “@editor look”",
    );
    expect(notificationMessage("changes_requested", "Erin Editor", "Who makes these deals?")).toBe(
      "Erin Editor requested changes to the claim “Who makes these deals?”",
    );
  });
});
