import { describe, expect, it } from "vitest";
import { withoutRepeatedHeadline } from "./headline";

describe("withoutRepeatedHeadline", () => {
  it("drops a first line that repeats the title, with the blank lines after it", () => {
    expect(withoutRepeatedHeadline("Bridge costs double\n\nThe city said so.", "Bridge costs double")).toBe(
      "The city said so.",
    );
    expect(withoutRepeatedHeadline("Bridge  costs DOUBLE.\nThe city said so.", "bridge costs double")).toBe(
      "The city said so.",
    );
    expect(withoutRepeatedHeadline("قال الرئيس\nنص المقال", "قال الرئيس")).toBe("نص المقال");
  });

  it("keeps the text when the first line is not the title, or would be all there is", () => {
    expect(withoutRepeatedHeadline("Bridge costs double, city says\nBody.", "Bridge costs double")).toBe(
      "Bridge costs double, city says\nBody.",
    );
    expect(withoutRepeatedHeadline("Body first.\nBridge costs double", "Bridge costs double")).toBe(
      "Body first.\nBridge costs double",
    );
    expect(withoutRepeatedHeadline("Bridge costs double", "Bridge costs double")).toBe("Bridge costs double");
    expect(withoutRepeatedHeadline("Bridge costs double\n\n", "Bridge costs double")).toBe("Bridge costs double\n\n");
    expect(withoutRepeatedHeadline("\nBody", "")).toBe("\nBody");
  });
});
