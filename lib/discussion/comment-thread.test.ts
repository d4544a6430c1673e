import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { CommentThread } from "@/components/discussion/comment-thread";
import type { ThreadView } from "@/lib/discussion/data";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { renderInLanguage } from "@/test/support/render-in-language";

// A thread resolved by someone who has since left the organization says so in the member's language.
const thread: ThreadView = {
  id: "t1",
  authorId: "u1",
  authorName: "Riley Reviewer",
  html: "<p>Source?</p>",
  createdAt: "2025-03-07T10:00:00.000Z",
  deleted: false,
  resolvedAt: "2025-03-08T09:30:00.000Z",
  resolvedByName: null,
  replies: [],
};
const noop = () => {};
const render = (locale: InterfaceLocale, resolvedByName: string | null) =>
  renderInLanguage(
    createElement(CommentThread, {
      thread: { ...thread, resolvedByName },
      viewerId: "u2",
      members: [],
      pending: false,
      replying: false,
      onReplyOpen: noop,
      onReply: async () => true,
      onResolve: noop,
      onDelete: noop,
    }),
    locale,
  ).replace(/<[^>]+>/g, "");

describe("a resolved thread", () => {
  it("names who resolved it, or a former member in the member's language", () => {
    expect(render("en", "Erin Editor")).toContain("Resolved by Erin Editor on");
    expect(render("en", null)).toContain("Resolved by a former member on");
    expect(render("es", null)).toContain("Resuelto por un antiguo miembro el");
    expect(render("ar", null)).toContain("أغلقها عضو سابق في");
    expect(render("ar", null)).not.toContain("former");
  });
});
