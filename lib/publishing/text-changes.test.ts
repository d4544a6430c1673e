import { describe, expect, it } from "vitest";
import { describeTextChanges } from "./text-changes";

describe("describeTextChanges", () => {
  it("lists nothing for the same text", () => {
    expect(describeTextChanges("One two three.", "One two three.")).toEqual({ hunks: [], more: 0 });
  });

  it("shows each change old beside new with the words around it", () => {
    const { hunks } = describeTextChanges(
      "The minister said unemployment fell by half. Exports grew in every quarter of the year, the report said.",
      "The minister said unemployment fell by a third. Exports grew in every quarter of the year, the office said.",
    );
    expect(hunks).toHaveLength(2);
    expect(hunks[0]).toMatchObject({ before: "half. ", after: "a third. " });
    expect(hunks[0].contextBefore).toContain("unemployment fell by");
    expect(hunks[1]).toMatchObject({ before: "report", after: "office" });
  });

  it("joins changes separated by a short unchanged gap, and reports an added sentence", () => {
    const { hunks } = describeTextChanges("Alpha beta gamma delta.", "Alpha BETA gamma DELTA. A new sentence.");
    expect(hunks).toHaveLength(1);
    expect(hunks[0].before).toBe("beta gamma delta.");
    expect(hunks[0].after).toBe("BETA gamma DELTA. A new sentence.");
  });
});

describe("describeTextChanges context", () => {
  it("shortens long context at word boundaries", () => {
    const long = "word ".repeat(40);
    const [hunk] = describeTextChanges(`${long}old ${long}`, `${long}new ${long}`).hunks;
    expect(hunk.contextBefore.length).toBeLessThanOrEqual(80);
    expect(hunk.contextBefore.startsWith("word")).toBe(true);
    expect(hunk.contextAfter.endsWith("word")).toBe(true);
  });
});
