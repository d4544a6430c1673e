import { describe, expect, it } from "vitest";
import { displayLanguageName } from "./language-display";

describe("displayLanguageName", () => {
  it("keeps the English desk's names and names languages in Spanish and Arabic", () => {
    expect(displayLanguageName("ar")).toBe("Arabic");
    expect(displayLanguageName("tl", "en")).toBe("Tagalog");
    expect(displayLanguageName("ar", "es")).toBe("árabe");
    expect(displayLanguageName("en", "ar")).toBe("الإنجليزية");
  });

  it("shows a tag it does not know as it is", () => {
    expect(displayLanguageName("xx", "es")).toBe("xx");
  });
});
