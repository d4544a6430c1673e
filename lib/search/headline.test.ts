import { describe, expect, it } from "vitest";
import { HIT_START as S, HIT_STOP as E, splitHeadline } from "./headline";

describe("search snippets", () => {
  it.each([
    ["no match", [{ text: "no match", hit: false }]],
    [
      `Nicholas ${S}Szechenyi${E} said`,
      [
        { text: "Nicholas ", hit: false },
        { text: "Szechenyi", hit: true },
        { text: " said", hit: false },
      ],
    ],
    [
      `${S}a${E}${S}b${E} c`,
      [
        { text: "ab", hit: true },
        { text: " c", hit: false },
      ],
    ],
    [
      `<b>x</b> ${S}<i>y</i>${E}`,
      [
        { text: "<b>x</b> ", hit: false },
        { text: "<i>y</i>", hit: true },
      ],
    ],
    [
      `stray ${E}stop and ${S}unclosed`,
      [
        { text: "stray stop and ", hit: false },
        { text: "unclosed", hit: true },
      ],
    ],
    ["", []],
  ])("%j", (snippet, segments) => {
    expect(splitHeadline(snippet)).toEqual(segments);
  });
});
