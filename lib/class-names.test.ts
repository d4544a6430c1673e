import { describe, expect, it } from "vitest";
import { cn } from "./class-names";

describe("cn", () => {
  it("lets a later class override an earlier one of the same property", () => {
    expect(cn("block w-full px-2 py-1.5", "w-20")).toBe("block px-2 py-1.5 w-20");
    expect(cn("h-10 px-4 text-sm", "px-2")).toBe("h-10 text-sm px-2");
    expect(cn("bg-accent text-white hover:bg-accent-strong", "bg-danger")).toBe(
      "text-white hover:bg-accent-strong bg-danger",
    );
  });

  it("skips falsy values and keeps unrelated classes", () => {
    expect(cn("rounded-md", false, null, undefined, "", "mt-1")).toBe("rounded-md mt-1");
  });
});
