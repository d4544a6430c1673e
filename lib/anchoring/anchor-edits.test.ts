import { describe, expect, it } from "vitest";
import { anchorSelectors, describeRange } from "./anchor";
import type { AnchorResult, Selector } from "./selectors";

/** An article as paragraphs of sentences; joined like our canonical text. */
type Article = string[][];
const render = (article: Article) => article.map((paragraph) => paragraph.join(" ")).join("\n");

const FILLER: Article = [
  [
    "Rents in the old town climbed for a third year, the housing agency reported on Tuesday.",
    "Tenants' groups called the figures alarming and asked for a cap.",
  ],
  [
    "The port authority signed a contract for two electric ferries worth 84 million euros.",
    "Delivery is expected in the spring of 2027, a spokesperson said.",
  ],
  [
    "Hospital waiting lists fell slightly in October after weekend clinics opened.",
    "Doctors warned that staffing remained the main bottleneck.",
  ],
  [
    "A new cycle lane along the river will close one lane of traffic from June.",
    "Shop owners on the quay fear fewer customers during the works.",
  ],
];

const CLAIM = "The council said unemployment fell to 6.1 percent in September.";
const BASE: Article = [
  ["Voters will elect a new mayor in May, and turnout is expected to be low."],
  [
    "The finance office presented its quarterly figures on Friday.",
    CLAIM,
    "Economists had expected a smaller decline.",
  ],
  ...FILLER,
];

function selectorsFor(article: Article, phrase: string): Selector[] {
  const text = render(article);
  const start = text.indexOf(phrase);
  return describeRange(text, start, start + phrase.length);
}

function wordsAt(text: string, result: AnchorResult): string | null {
  return result.status === "anchored" ? text.slice(result.start, result.end) : null;
}

const edit = (article: Article, paragraph: number, sentence: number, replacement: string | null): Article =>
  article.map((p, i) =>
    i !== paragraph
      ? p
      : replacement === null
        ? p.filter((_, j) => j !== sentence)
        : p.map((s, j) => (j === sentence ? replacement : s)),
  );

describe("edits to the claim's own words", () => {
  const selectors = selectorsFor(BASE, CLAIM);

  it.each([
    ["a word in the middle", "The council said unemployment fell to 5.9 percent in September."],
    ["the first word", "Officials said unemployment fell to 6.1 percent in September."],
    ["the last word", "The council said unemployment fell to 6.1 percent in August."],
    ["a word plus a shift from an edit elsewhere", "The council said joblessness fell to 6.1 percent in September."],
  ])("re-anchors to the new words after changing %s", (label, edited) => {
    let article = edit(BASE, 1, 1, edited);
    if (label.includes("shift")) article = [["An editor's note was added at the top of the story."], ...article];
    const text = render(article);
    expect(wordsAt(text, anchorSelectors(text, selectors))).toBe(edited);
  });

  it("orphans the claim when its sentence is deleted", () => {
    const text = render(edit(BASE, 1, 1, null));
    expect(anchorSelectors(text, selectors)).toEqual({ status: "orphaned" });
  });

  it("orphans the claim when its whole paragraph is deleted", () => {
    const text = render(BASE.filter((_, i) => i !== 1));
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });

  it("orphans the claim when its sentence is rewritten", () => {
    const text = render(edit(BASE, 1, 1, "Joblessness is now at a record low, the council claims."));
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });

  it("flags an edited claim that also moved far away (weaker than a far lookalike)", () => {
    const article = edit(BASE, 1, 1, CLAIM.replace("6.1", "5.9"));
    const text = render([...Array.from({ length: 8 }, () => FILLER).flat(), ...article]);
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });
});

describe("edits around the claim", () => {
  const selectors = selectorsFor(BASE, CLAIM);

  it.each([
    ["the previous sentence rewritten", edit(BASE, 1, 0, "Figures were published late.")],
    ["the next sentence deleted", edit(BASE, 1, 2, null)],
    ["a sentence inserted after it", edit(BASE, 1, 1, `${CLAIM} Analysts were surprised.`)],
    ["a word changed in the next sentence", edit(BASE, 1, 2, "Economists had predicted a smaller decline.")],
    ["a long section added before it", [...FILLER, ...FILLER, ...BASE]],
    ["the first paragraph removed", BASE.slice(1)],
  ])("still anchors the same words with %s", (_, article) => {
    const text = render(article);
    expect(wordsAt(text, anchorSelectors(text, selectors))).toBe(CLAIM);
  });
});

describe("a copy-edit on both sides of the claim", () => {
  const selectors = selectorsFor(BASE, CLAIM);
  // one word changed in each neighbour, close enough to the claim to fall inside both stored contexts
  const bothEdited = edit(
    edit(BASE, 1, 0, "The finance office presented its quarterly numbers on Friday."),
    1,
    2,
    "Analysts had expected a smaller decline.",
  );

  it("follows the claim's own words when they are still in the text, once", () => {
    const text = render(bothEdited);
    expect(wordsAt(text, anchorSelectors(text, selectors))).toBe(CLAIM);
    // and after a paragraph was added before it, too
    const shifted = render([["A late correction was added at the top of the story."], ...bothEdited]);
    expect(wordsAt(shifted, anchorSelectors(shifted, selectors))).toBe(CLAIM);
  });

  it("still flags when the words occur twice", () => {
    const twice = render([...bothEdited, ["Repeating an earlier line:", CLAIM, "End of the quote."]]);
    expect(anchorSelectors(twice, selectors).status).not.toBe("anchored");
  });
});

/*
 * Issue 17, "keep what can be kept": words of 32 characters or more, once in
 * the text, are the claim's own even when the sentences around them were
 * rewritten; an edited claim between two copy-edited neighbours is followed
 * when nothing else explains the text as well.
 */
describe("an exact quote whose neighbours were both rewritten", () => {
  const selectors = selectorsFor(BASE, CLAIM);
  const PREVIOUS = "Traffic on the ring road was heavy all week.";
  const NEXT = "The weather stays dry.";

  it.each([
    ["both sentences rewritten", edit(edit(BASE, 1, 0, PREVIOUS), 1, 2, NEXT)],
    ["the previous sentence rewritten and the next deleted", edit(edit(BASE, 1, 0, PREVIOUS), 1, 2, null)],
    [
      "both rewritten, and a paragraph added before it",
      [["A late correction was added at the top of the story."], ...edit(edit(BASE, 1, 0, PREVIOUS), 1, 2, NEXT)],
    ],
    [
      "both rewritten into longer passages",
      edit(edit(BASE, 1, 0, `${PREVIOUS} Roadworks near the station made it worse.`), 1, 2, `${NEXT} ${PREVIOUS}`),
    ],
  ])("follows the claim's words with %s", (_, article) => {
    const text = render(article);
    expect(wordsAt(text, anchorSelectors(text, selectors))).toBe(CLAIM);
  });

  it("follows a claim that starts its paragraph when the paragraph before and the next sentence were rewritten", () => {
    const article: Article = [["The finance office presented its quarterly figures on Friday."], [CLAIM, "More soon."]];
    const own = selectorsFor([...article, ...FILLER], CLAIM);
    const text = render([[PREVIOUS], [CLAIM, NEXT], ...FILLER]);
    expect(wordsAt(text, anchorSelectors(text, own))).toBe(CLAIM);
  });

  it("follows a claim that ends its paragraph when the sentence before and the next paragraph were rewritten", () => {
    const article: Article = [["Economists had expected a smaller decline.", CLAIM], ...FILLER];
    const own = selectorsFor(article, CLAIM);
    const text = render([[PREVIOUS, CLAIM], [NEXT], ...FILLER.slice(1)]);
    expect(wordsAt(text, anchorSelectors(text, own))).toBe(CLAIM);
  });

  it("follows a claim moved into another paragraph when its old neighbours were rewritten too", () => {
    const text = render([BASE[0], [PREVIOUS, NEXT], [...FILLER[0], CLAIM], ...FILLER.slice(1)]);
    expect(wordsAt(text, anchorSelectors(text, selectors))).toBe(CLAIM);
  });

  it("flags a claim moved away from neighbours that closed up behind it (a deleted repeated sentence looks the same)", () => {
    const text = render([BASE[0], [BASE[1][0], BASE[1][2]], [...FILLER[0], CLAIM], ...FILLER.slice(1)]);
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });

  it("flags when the words occur twice", () => {
    const rewritten = edit(edit(BASE, 1, 0, PREVIOUS), 1, 2, NEXT);
    const text = render([...rewritten, ["Repeating an earlier line:", CLAIM, "End of the quote."]]);
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });

  it("does not follow a quote shorter than 32 characters between rewritten neighbours", () => {
    const SHORT = "Markets closed early on Friday.";
    const article: Article = [
      ["Voters will elect a new mayor in May.", SHORT, "Economists had expected it."],
      ...FILLER,
    ];
    const own = selectorsFor(article, SHORT);
    const text = render([["Voters will elect a new mayor in May.", PREVIOUS, SHORT, NEXT], ...FILLER]);
    expect(SHORT.length).toBeLessThan(32);
    expect(anchorSelectors(text, own).status).not.toBe("anchored");
  });

  it("does not follow a deleted claim to the same words in another sentence (a shared clause)", () => {
    const CLAUSE = "the agency said in a statement on Tuesday evening";
    const article: Article = [
      [`Rents climbed for a third year, ${CLAUSE}.`, "Tenants protested."],
      ...FILLER,
      [`Prices fell in October, ${CLAUSE}.`, "Shops were busy."],
    ];
    const own = selectorsFor(article, CLAUSE);
    const text = render([
      ["Tenants protested."],
      ...FILLER,
      [`Prices fell in October, ${CLAUSE}.`, "Shops were busy."],
    ]);
    expect(anchorSelectors(text, own).status).not.toBe("anchored");
  });

  it("does not follow a deleted claim to its repeated copy when its neighbours were copy-edited in the same revision", () => {
    const BOILERPLATE = "The company did not respond to a request for comment.";
    const article: Article = [
      ["Shares fell 3 percent on Monday.", BOILERPLATE],
      ...FILLER,
      ["Profits rose sharply in the second quarter.", BOILERPLATE, "More details are expected next week."],
    ];
    const text = render(article);
    const second = text.lastIndexOf(BOILERPLATE);
    const own = describeRange(text, second, second + BOILERPLATE.length);
    const edited = render([
      ...article.slice(0, -1),
      ["Profits rose strongly in the second quarter.", "More figures are expected next week."],
    ]);
    expect(anchorSelectors(edited, own).status).not.toBe("anchored");
  });
});

describe("an edited quote whose neighbours were both copy-edited", () => {
  const selectors = selectorsFor(BASE, CLAIM);
  const EDITED = "The council said unemployment fell to 5.9 percent in September.";
  const bothEdited = (claim: string) =>
    edit(
      edit(BASE, 1, 0, "The finance office presented its quarterly numbers on Friday."),
      1,
      2,
      claim === "" ? null : "Analysts had expected a smaller decline.",
    ).map((paragraph, i) => (i === 1 && claim !== "" ? paragraph.map((s) => (s === CLAIM ? claim : s)) : paragraph));

  it("follows the claim to its edited words", () => {
    const text = render(bothEdited(EDITED));
    expect(wordsAt(text, anchorSelectors(text, selectors))).toBe(EDITED);
    const shifted = render([["A late correction was added at the top of the story."], ...bothEdited(EDITED)]);
    expect(wordsAt(shifted, anchorSelectors(shifted, selectors))).toBe(EDITED);
  });

  it("follows the claim to its edited words, not to a lookalike elsewhere", () => {
    const LOOKALIKE = "The council said unemployment fell to 6.4 percent in September.";
    const article = [...bothEdited(EDITED), ["In a separate report, a regional office disagreed.", LOOKALIKE]];
    const text = render(article);
    expect(wordsAt(text, anchorSelectors(text, selectors))).toBe(EDITED);
  });

  it("does not move a deleted claim onto a lookalike when its neighbours were copy-edited", () => {
    const LOOKALIKE = "The council said unemployment fell to 6.4 percent in September.";
    const deleted = edit(
      edit(
        edit(BASE, 1, 0, "The finance office presented its quarterly numbers on Friday."),
        1,
        2,
        "Analysts had expected a smaller decline.",
      ),
      1,
      1,
      null,
    );
    const text = render([
      ...deleted,
      ["In a separate report, a regional office disagreed.", LOOKALIKE, "Its method differs."],
    ]);
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });

  it("does not take the claim's old neighbour, slid into the gap of the deleted claim, for the edited claim", () => {
    const FOLLOWING = "The council said unemployment fell to 6.4 percent in August.";
    const article: Article = [
      [BASE[1][0], CLAIM, FOLLOWING, "The council said employment would keep falling."],
      ...FILLER,
    ];
    const own = selectorsFor(article, CLAIM);
    const text = render([
      ["The finance office presented its quarterly numbers on Friday.", ...article[0].slice(2)],
      ...FILLER,
    ]);
    expect(anchorSelectors(text, own).status).not.toBe("anchored");
  });

  it("does not follow an edited quote whose neighbours were rewritten rather than edited", () => {
    const text = render(
      edit(edit(edit(BASE, 1, 1, EDITED), 1, 0, "Traffic on the ring road was heavy."), 1, 2, "The weather stays dry."),
    );
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });
});

/*
 * Words that stood in the text more than once when the claim was made (the selector's count) are not the claim's by
 * themselves: when one copy goes, the one that remains may be the other.
 */
describe("a quote that was repeated when the claim was made", () => {
  const withoutCount = (selectors: Selector[]): Selector[] =>
    selectors.map((selector) => {
      if (selector.type !== "TextQuoteSelector") return selector;
      const { occurrences: _unknown, ...rest } = selector;
      return rest;
    });

  it("does not follow the claim to the remaining copy when its own copy was deleted with its neighbours rewritten", () => {
    const article: Article = [
      ["The finance office presented its quarterly figures on Friday.", CLAIM, "Economists had expected it."],
      FILLER[0],
      ["Repeating the main figure:", CLAIM, "Markets barely moved."],
      ...FILLER.slice(1),
    ];
    const own = selectorsFor(article, CLAIM);
    expect(own[0]).toMatchObject({ occurrences: 2 });
    const text = render([["Traffic on the ring road was heavy.", "The weather stays dry."], ...article.slice(1)]);
    expect(anchorSelectors(text, own).status).not.toBe("anchored");
    // a selector without the count (from before it was kept) cannot tell: the remaining words look like the claim's
    expect(wordsAt(text, anchorSelectors(text, withoutCount(own)))).toBe(CLAIM);
  });

  it("does not follow a clause to the remaining copy of its sentence, whose own words after the clause are intact", () => {
    const SENTENCE =
      "Residents say the regulator has failed to modernise the grid, while its defenders point to prices.";
    const CLAUSE = "Residents say the regulator has failed to modernise the grid";
    const article: Article = [
      ["The finance office presented its quarterly figures on Friday.", SENTENCE, "Economists had expected it."],
      FILLER[0],
      ["Critics repeated the point:", SENTENCE, "Markets barely moved."],
      ...FILLER.slice(1),
    ];
    const own = selectorsFor(article, CLAUSE);
    const text = render([["Traffic on the ring road was heavy."], ...article.slice(1)]);
    expect(anchorSelectors(text, own).status).not.toBe("anchored");
    expect(wordsAt(text, anchorSelectors(text, withoutCount(own)))).toBe(CLAUSE);
  });

  it("follows a repeated line edited in place between copy-edited neighbours while its other copy stays", () => {
    const LINE = "The company did not immediately respond to a request for comment.";
    const EDITED_LINE = "The company did not yet respond to a request for comment.";
    const article: Article = [
      ["Shares in the ferry operator fell 3 percent on Monday.", LINE, "Its chief executive resigned in May."],
      ...FILLER,
      ["Profits rose sharply in the second quarter.", LINE, "More details are expected next week."],
    ];
    const own = selectorsFor(article, LINE);
    const text = render([
      ["Shares in the ferry operator fell 3 percent on Tuesday.", EDITED_LINE, "Its chief executive quit in May."],
      ...article.slice(1),
    ]);
    expect(wordsAt(text, anchorSelectors(text, own))).toBe(EDITED_LINE);
  });

  it("does not follow an edited copy away from the claim's exact words, whose neighbours were rewritten", () => {
    const LINE = "The company did not immediately respond to a request for comment.";
    const article: Article = [
      ["Shares in the ferry operator fell 3 percent on Monday.", LINE, "Its chief executive resigned in May."],
      FILLER[0],
      ["Shares in the bus company fell 4 percent on Monday.", LINE, "Its chief executive retired in June."],
      ...FILLER.slice(1),
    ];
    const own = selectorsFor(article, LINE);
    const text = render([
      ["Traffic on the ring road was heavy.", LINE, "The weather stays dry."],
      FILLER[0],
      [article[2][0], "The company did not yet respond to a request for comment.", article[2][2]],
      ...FILLER.slice(1),
    ]);
    expect(anchorSelectors(text, own).status).not.toBe("anchored");
  });
});

describe("the edges of an edited claim", () => {
  it("ends at a word's edge when the first word after it was changed into a longer one", () => {
    const STORY = "This story has been updated with additional details.";
    const article: Article = [
      ["Voters will elect a new mayor in May.", "The scheme would cost 80 million euros over 5 years."],
      [STORY, "In Tbilisi, food prices climbed for the third time since 2007."],
      ...FILLER,
    ];
    const own = selectorsFor(article, STORY);
    const EDITED = "This story has been updated with additional Friday.";
    const text = render([
      ["Voters will elect a new mayor in May.", "The scheme would cost 80 million euros over 2019 years."],
      [EDITED, "residents Tbilisi, food prices climbed for the third time since 2007."],
      ...FILLER,
    ]);
    expect(wordsAt(text, anchorSelectors(text, own))).toBe(EDITED);
  });
});

describe("repeated and lookalike sentences", () => {
  const BOILERPLATE = "The company did not respond to a request for comment.";

  it("keeps a repeated sentence on its own occurrence when the text shifts", () => {
    const article: Article = [
      ["Shares fell 3 percent.", BOILERPLATE],
      ...FILLER,
      ["Profits rose.", BOILERPLATE, "More soon."],
    ];
    const text = render(article);
    const second = text.lastIndexOf(BOILERPLATE);
    const selectors = describeRange(text, second, second + BOILERPLATE.length);
    const edited = render([["A correction was appended."], ...article]);
    const result = anchorSelectors(edited, selectors);
    expect(result).toMatchObject({ status: "anchored", start: edited.lastIndexOf(BOILERPLATE) });
  });

  it("does not move a deleted repeated sentence onto its other occurrence", () => {
    const article: Article = [
      ["Shares fell 3 percent.", BOILERPLATE],
      ...FILLER,
      ["Profits rose.", BOILERPLATE, "More soon."],
    ];
    const text = render(article);
    const second = text.lastIndexOf(BOILERPLATE);
    const selectors = describeRange(text, second, second + BOILERPLATE.length);
    const edited = render(edit(article, FILLER.length + 1, 1, null));
    expect(anchorSelectors(edited, selectors).status).not.toBe("anchored");
  });

  it("cannot tell which of two identical sentences in a row was deleted, so it flags", () => {
    const article: Article = [["Prices rose.", BOILERPLATE, BOILERPLATE, "Markets closed early."], ...FILLER];
    const text = render(article);
    const second = text.indexOf(BOILERPLATE) + BOILERPLATE.length + 1;
    const selectors = describeRange(text, second, second + BOILERPLATE.length);
    expect(anchorSelectors(render(edit(article, 0, 2, null)), selectors).status).not.toBe("anchored");
  });

  const LOOKALIKE = "The council said unemployment fell to 6.4 percent in September.";
  const WITH_LOOKALIKE: Article = [
    ...BASE,
    ["In a separate report, a regional office disagreed.", LOOKALIKE, "Its method differs."],
  ];

  it("does not move a deleted claim onto a lookalike sentence elsewhere", () => {
    const selectors = selectorsFor(WITH_LOOKALIKE, CLAIM);
    const text = render(edit(WITH_LOOKALIKE, 1, 1, null));
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });

  it("follows an edited claim to its new words, not to the lookalike", () => {
    const selectors = selectorsFor(WITH_LOOKALIKE, CLAIM);
    const edited = "The council said unemployment fell to 6.3 percent in September.";
    const text = render(edit(WITH_LOOKALIKE, 1, 1, edited));
    const result = anchorSelectors(text, selectors);
    if (result.status === "anchored") expect(wordsAt(text, result)).toBe(edited);
    expect(wordsAt(text, result)).not.toBe(LOOKALIKE);
  });
});

/*
 * The paragraphs below differ in the claim and within 32 characters of it,
 * which is what makes the cases decidable. Had they differed only inside the
 * claim, deleting the annotated paragraph would leave text indistinguishable
 * from "the claim was edited and the text before it shortened": the stored
 * selectors carry no other information. Then only the distance tells them
 * apart, which is why edited quotes are accepted only within
 * EDITED_QUOTE_WINDOW of the stored position (the "far apart" cases).
 */
describe("two near-identical paragraphs", () => {
  const FIRST = [
    "Turnout reached 61 percent on Sunday.",
    "The governing party won 42 seats, its best result since 2004.",
    "Coalition talks begin next week.",
  ];
  const SECOND = [
    "Turnout reached 61 percent on Sunday.",
    "The governing party won 44 seats, its best result since 2004.",
    "Coalition talks begin next month.",
  ];
  const claim = FIRST[1];

  it.each([
    ["adjacent", [FIRST, SECOND, ...FILLER]],
    ["a paragraph apart", [FIRST, FILLER[0], SECOND, ...FILLER.slice(1)]],
    ["far apart", [FIRST, ...FILLER, ...FILLER, ...FILLER, SECOND]],
  ])("flags the claim when the annotated paragraph is deleted (%s)", (_, article) => {
    const selectors = selectorsFor(article, claim);
    const text = render(article.filter((paragraph) => paragraph !== FIRST));
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });

  it.each([
    ["a paragraph apart", [FIRST, FILLER[0], SECOND, ...FILLER.slice(1)]],
    ["far apart", [FIRST, ...FILLER, ...FILLER, ...FILLER, SECOND]],
  ])("never moves an edited claim to the other paragraph (%s)", (_, article) => {
    const selectors = selectorsFor(article, claim);
    const edited = claim.replace("42", "43");
    const text = render(article.map((paragraph) => (paragraph === FIRST ? [FIRST[0], edited, FIRST[2]] : paragraph)));
    const words = wordsAt(text, anchorSelectors(text, selectors));
    expect([edited, null]).toContain(words);
  });

  it("flags the claim when only its sentence is deleted and the twin paragraph keeps the same neighbours", () => {
    const twin = [FIRST[0], "The governing party won 44 seats, its best result since 2004.", FIRST[2]];
    const article = [FIRST, FILLER[0], twin, ...FILLER.slice(1)];
    const selectors = selectorsFor(article, claim);
    const text = render(article.map((paragraph) => (paragraph === FIRST ? [FIRST[0], FIRST[2]] : paragraph)));
    expect(anchorSelectors(text, selectors).status).not.toBe("anchored");
  });
});
