import { describe, expect, it } from "vitest";
import {
  findMentionHandles,
  findMentionQuery,
  findMentionedMemberIds,
  handleFromEmail,
  handleFromName,
  insertMention,
  suggestMembers,
  toMentionCandidates,
  type MentionableMember,
} from "./mentions";

const members: MentionableMember[] = [
  { userId: "u-admin", name: "Alex Admin", email: "admin@example.org" },
  { userId: "u-editor", name: "Erin Editor", email: "editor@example.org" },
  { userId: "u-reviewer", name: "Riley Reviewer", email: "reviewer@example.org" },
  { userId: "u-zoe", name: "Zoë Ødegård-Smith", email: "Zoe.Smith+desk@example.org" },
];

describe("handles", () => {
  it.each([
    ["editor@example.org", "editor"],
    ["Zoe.Smith+desk@example.org", "zoe.smith-desk"],
    ["ÉLodie@example.org", "elodie"],
  ])("the e-mail %s gives @%s", (email, handle) => expect(handleFromEmail(email)).toBe(handle));

  it.each([
    ["Riley Reviewer", "riley.reviewer"],
    ["  Zoë   Ødegård-Smith ", "zoe.odegard-smith"],
    ["Jean-Luc O'Neil", "jean-luc.o-neil"],
  ])("the name %s gives @%s", (name, handle) => expect(handleFromName(name)).toBe(handle));
});

describe("findMentionHandles", () => {
  it.each([
    ["@editor please look", ["editor"]],
    ["Thanks, @Editor.", ["editor"]],
    ["cc @editor's desk and (@reviewer)", ["editor", "reviewer"]],
    ["@editor @editor @EDITOR", ["editor"]],
    ["@riley.reviewer: the source is dead", ["riley.reviewer"]],
    ["write to editor@example.org", []],
    ["an @ on its own, @- and @.", []],
    ["in code `@editor` and\n```\n@reviewer\n```\nbut @admin", ["admin"]],
    ["line one\n@reviewer on line two", ["reviewer"]],
  ])("%j → %j", (body, handles) => expect(findMentionHandles(body)).toEqual(handles));
});

describe("findMentionedMemberIds", () => {
  it("resolves e-mail and name handles to member ids, once each, in order", () => {
    expect(findMentionedMemberIds("@reviewer and @erin.editor, again @editor", members)).toEqual([
      "u-reviewer",
      "u-editor",
    ]);
  });
  it("ignores handles of people who are not members", () => {
    expect(findMentionedMemberIds("@nobody @someone.else", members)).toEqual([]);
  });
  it("lets the e-mail handle win over another member's name handle", () => {
    const clash = [...members, { userId: "u-other", name: "Editor", email: "ed@example.org" }];
    expect(findMentionedMemberIds("@editor", clash)).toEqual(["u-editor"]);
  });
  it("resolves a name two members share to nobody", () => {
    const twins = [
      { userId: "a", name: "Sam Lee", email: "sam1@example.org" },
      { userId: "b", name: "Sam Lee", email: "sam2@example.org" },
    ];
    expect(findMentionedMemberIds("@sam.lee", twins)).toEqual([]);
    expect(findMentionedMemberIds("@sam2", twins)).toEqual(["b"]);
  });
  it("reads back every handle the helper offers", () => {
    for (const c of toMentionCandidates(members))
      expect(findMentionedMemberIds(`hi @${c.handle}.`, members)).toEqual([c.userId]);
  });
});

describe("the mention helper", () => {
  const candidates = toMentionCandidates(members);

  it("offers names and handles, never e-mail addresses", () => {
    expect(candidates.find((c) => c.userId === "u-editor")).toEqual({
      userId: "u-editor",
      name: "Erin Editor",
      handle: "editor",
    });
    expect(JSON.stringify(candidates)).not.toContain("@example.org");
  });

  it.each([
    ["Hello @edi", 10, { start: 6, query: "edi" }],
    ["@", 1, { start: 0, query: "" }],
    ["Hello @edi", 8, { start: 6, query: "e" }],
    ["mail editor@exa", 15, null],
    ["@editor done", 12, null],
  ])("finds the query in %j at %i", (text, caret, expected) => expect(findMentionQuery(text, caret)).toEqual(expected));

  it("suggests handle prefixes first, then first or last names", () => {
    expect(suggestMembers("r", candidates).map((c) => c.userId)).toEqual(["u-reviewer"]);
    expect(suggestMembers("itor", candidates).map((c) => c.userId)).toEqual(["u-editor"]);
    expect(suggestMembers("erin", candidates).map((c) => c.userId)).toEqual(["u-editor"]);
    expect(suggestMembers("", candidates)).toHaveLength(4);
    expect(suggestMembers("zzz", candidates)).toEqual([]);
  });

  it("inserts the handle with one trailing space and puts the caret after it", () => {
    expect(insertMention("Hi @edi", { start: 3, query: "edi" }, "editor")).toEqual({ text: "Hi @editor ", caret: 11 });
    expect(insertMention("Hi @ed please", { start: 3, query: "ed" }, "editor")).toEqual({
      text: "Hi @editor please",
      caret: 11,
    });
  });
});
