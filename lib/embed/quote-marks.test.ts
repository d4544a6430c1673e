import { describe, expect, it } from "vitest";
import { quoted } from "./quote-marks";

describe("quoted", () => {
  it("quotes Arabic with guillemets and everything else with curly quotes", () => {
    expect(quoted("نص", "ar")).toBe("«نص»");
    expect(quoted("نص", "ar-EG")).toBe("«نص»");
    expect(quoted("text", "en")).toBe("“text”");
    expect(quoted("texto", "es")).toBe("“texto”");
    expect(quoted("text", null)).toBe("“text”");
  });
});
