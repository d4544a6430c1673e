import { describe, expect, it } from "vitest";
import { safeColour, tint } from "./verdict-colours";

describe("verdict colours on a publisher's page", () => {
  it("tints scale colours", () => {
    expect(tint("#1b7a3e", 0.2)).toBe("rgba(27, 122, 62, 0.2)");
    expect(tint("#FA0", 0.5)).toBe("rgba(255, 170, 0, 0.5)");
  });
  it("never passes anything but a hex colour into a style", () => {
    expect(safeColour("red; background: url(https://evil.example)")).toBe("#525252");
    expect(tint("expression(alert(1))", 1)).toBe("rgba(82, 82, 82, 1)");
  });
});
