import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "@/lib/vocabulary/notification-kinds";
import { excerpt, notificationMessage, type NotificationGroup } from "./messages";

const TITLE = "We have to protect them, Trump says of Japan";
const group = (over: Partial<NotificationGroup>): NotificationGroup => ({
  kind: "approval",
  actorName: "Erin Editor",
  count: 1,
  articleTitle: TITLE,
  subject: "Who makes these deals?",
  ...over,
});

describe("excerpt", () => {
  it("keeps short texts whole and on one line", () => {
    expect(excerpt("Check  the\nsource")).toBe("Check the source");
  });
  it("cuts long texts at a word with an ellipsis", () => {
    const long = "word ".repeat(40);
    const cut = excerpt(long, 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toMatch(/word…$/);
    expect(excerpt("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("notification messages", () => {
  it("name the actor, the claim and the article for one event", () => {
    expect(notificationMessage(group({}))).toBe(
      `Erin Editor approved the claim “Who makes these deals?” in ‘${TITLE}’`,
    );
    expect(notificationMessage(group({ kind: "changes_requested" }))).toBe(
      `Erin Editor requested changes to the claim “Who makes these deals?” in ‘${TITLE}’`,
    );
    expect(notificationMessage(group({ kind: "mention", actorName: "Riley Reviewer", subject: "@editor look" }))).toBe(
      `Riley Reviewer mentioned you: “@editor look” in ‘${TITLE}’`,
    );
  });

  it("count the claims of a group, in the plural, and still name the article", () => {
    expect(notificationMessage(group({ count: 12 }))).toBe(`Erin Editor approved 12 claims in ‘${TITLE}’`);
    expect(notificationMessage(group({ kind: "published", count: 2 }))).toBe(
      `Erin Editor published 2 claims in ‘${TITLE}’`,
    );
    expect(notificationMessage(group({ kind: "assignment", count: 3 }))).toBe(
      `Erin Editor assigned you 3 claims in ‘${TITLE}’`,
    );
    expect(notificationMessage(group({ kind: "mention", count: 3, subject: "Is this the source?" }))).toBe(
      `Erin Editor mentioned you 3 times in ‘${TITLE}’, latest: “Is this the source?”`,
    );
  });

  it("tell identical claim texts in different articles apart by the article", () => {
    const a = notificationMessage(group({ articleTitle: "Budget 2027: the bridge" }));
    const b = notificationMessage(group({ articleTitle: "Budget 2026: the tunnel" }));
    expect(a).not.toBe(b);
  });

  it("shorten long titles at a word boundary", () => {
    const long = "We have to protect them and they have to pay for it, Trump says of Japan's bases";
    const message = notificationMessage(group({ count: 12, articleTitle: long }));
    expect(message).toBe("Erin Editor approved 12 claims in ‘We have to protect them and they have to pay…’");
    const title = /‘(.*)’/.exec(message)![1];
    expect(title.length).toBeLessThanOrEqual(48);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });

  it("say 'an article' when the article is unknown, and 'a claim' when the quote is", () => {
    expect(notificationMessage(group({ articleTitle: null, subject: null }))).toBe(
      "Erin Editor approved a claim in an article",
    );
  });

  it("word every kind, singular and plural, with the article", () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const count of [1, 2]) expect(notificationMessage(group({ kind, count }))).toContain(`in ‘${TITLE}’`);
  });
});

// Arabic sentences isolate the (often Latin-script) name so the bidi algorithm keeps it in one piece (U+2068…U+2069)
const ERIN = "\u2068Erin Editor\u2069";
const isolated = (text: string) => `\u2068${text}\u2069`;

describe("notification messages in the reader's language", () => {
  it("Spanish: singular, plural and mentions", () => {
    expect(notificationMessage(group({}), "es")).toBe(
      `Erin Editor aprobó la afirmación «Who makes these deals?» en «${TITLE}»`,
    );
    expect(notificationMessage(group({ count: 12 }), "es")).toBe(`Erin Editor aprobó 12 afirmaciones en «${TITLE}»`);
    expect(notificationMessage(group({ kind: "assignment", count: 1, subject: null }), "es")).toBe(
      `Erin Editor te asignó una afirmación en «${TITLE}»`,
    );
    expect(notificationMessage(group({ kind: "mention", count: 3, subject: "¿La fuente?" }), "es")).toBe(
      `Erin Editor te mencionó 3 veces en «${TITLE}»; la última: «¿La fuente?»`,
    );
    expect(notificationMessage(group({ articleTitle: null, subject: null }), "es")).toBe(
      "Erin Editor aprobó una afirmación en un artículo",
    );
  });

  it("Arabic: every plural form of the count (two, few, many, other) and mentions", () => {
    const approved = (count: number) => notificationMessage(group({ count, articleTitle: "الميزانية" }), "ar");
    expect(approved(1)).toBe(
      `وافق ${ERIN} على الادعاء «${isolated("Who makes these deals?")}» في «${isolated("الميزانية")}»`,
    );
    expect(approved(2)).toBe(`وافق ${ERIN} على ادعاءين في «${isolated("الميزانية")}»`);
    expect(approved(3)).toBe(`وافق ${ERIN} على 3 ادعاءات في «${isolated("الميزانية")}»`);
    expect(approved(12)).toBe(`وافق ${ERIN} على 12 ادعاءً في «${isolated("الميزانية")}»`);
    expect(approved(100)).toBe(`وافق ${ERIN} على 100 ادعاء في «${isolated("الميزانية")}»`);
    expect(notificationMessage(group({ kind: "mention", count: 2, subject: null, articleTitle: null }), "ar")).toBe(
      `ذكرك ${ERIN} مرتين في أحد المقالات`,
    );
    expect(notificationMessage(group({ kind: "published", count: 11, articleTitle: null }), "ar")).toBe(
      `نشر ${ERIN} 11 ادعاءً في أحد المقالات`,
    );
  });

  it("name 'a colleague' in the reader's language when the actor is gone", () => {
    expect(notificationMessage(group({ actorName: "" }), "ar")).toMatch(/^وافق \u2068أحد الزملاء\u2069 على/);
    expect(notificationMessage(group({ actorName: "" }), "es")).toMatch(/^Un colega aprobó/);
    expect(notificationMessage(group({ actorName: "" }))).toMatch(/^A colleague approved/);
  });

  it("word every kind in every language, without leaving an argument unfilled", () => {
    for (const locale of ["en", "es", "ar"] as const)
      for (const kind of NOTIFICATION_KINDS)
        for (const count of [1, 2, 5, 12])
          expect(notificationMessage(group({ kind, count }), locale)).not.toMatch(/[{}]|message\./);
  });
});
