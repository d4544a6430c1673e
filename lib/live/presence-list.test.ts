import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { initialsOf, othersPresent, presenceKey, presenceWords, PRESENCE_TTL_MS } from "./presence-list";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("presence", () => {
  it("lists everyone else with a fresh tab, once per person, by name", () => {
    const rows = [
      { userId: "u2", name: "Riley Reviewer", tabId: "t1", lastSeenAt: ago(1_000) },
      { userId: "u2", name: "Riley Reviewer", tabId: "t2", lastSeenAt: ago(5_000) },
      { userId: "me", name: "Me", tabId: "t3", lastSeenAt: ago(0) },
      { userId: "u3", name: "Erin Editor", tabId: "t4", lastSeenAt: ago(PRESENCE_TTL_MS) },
      { userId: "u4", name: "Gone Away", tabId: "t5", lastSeenAt: ago(PRESENCE_TTL_MS + 1) },
    ];
    expect(othersPresent(rows, "me", now)).toEqual([
      { userId: "u3", name: "Erin Editor" },
      { userId: "u2", name: "Riley Reviewer" },
    ]);
  });

  it("identifies a list regardless of order", () => {
    expect(
      presenceKey([
        { userId: "a", tabId: "1" },
        { userId: "b", tabId: "2" },
      ]),
    ).toBe(
      presenceKey([
        { userId: "b", tabId: "2" },
        { userId: "a", tabId: "1" },
      ]),
    );
    expect(presenceKey([])).toBe("");
  });

  it("says nothing when nobody else is here", () => expect(presenceWords([])).toBeNull());

  it.each([
    [["Erin Editor"], "Erin Editor is also here"],
    [["Erin Editor", "Alex Admin"], "Erin Editor and Alex Admin are also here"],
    [["A", "B", "C"], "A, B and C are also here"],
    [["A", "B", "C", "D", "E"], "A, B and 3 others are also here"],
  ])("describes %j", (names, text) => {
    const words = presenceWords(names)!;
    expect(translatorFor("en", "annotator")("presence.others", { ...words, rest: String(words.rest) })).toBe(text);
  });

  it.each([
    ["Erin Editor", "EE"],
    ["Cher", "C"],
    ["  Jean  Paul  Sartre ", "JS"],
    ["émile zola", "ÉZ"],
    ["", "?"],
  ])("initials of %j", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
