import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { changeActionKey, isNewsFor, toChangeEvent, toChangeMessage } from "./change-event";

describe("change events", () => {
  const row = {
    id: "e1",
    action: "claim.updated",
    claimId: "c1",
    actorId: "u1",
    createdAt: new Date("2026-01-01T00:00:00Z"),
    actor: { name: "Erin Editor" },
  };

  it("sends the browser no actor id, only the name", () => {
    const event = toChangeEvent(row);
    expect(event).toEqual({
      eventId: "e1",
      action: "claim.updated",
      claimId: "c1",
      actorId: "u1",
      actorName: "Erin Editor",
      at: "2026-01-01T00:00:00.000Z",
    });
    expect(toChangeMessage({ ...event, createdAt: new Date() } as typeof event)).toEqual({
      eventId: "e1",
      action: "claim.updated",
      claimId: "c1",
      actorName: "Erin Editor",
      at: "2026-01-01T00:00:00.000Z",
    });
  });

  it("is news for everyone but its author; API changes (no actor) are news for all", () => {
    expect(isNewsFor({ actorId: "u1" }, "u1")).toBe(false);
    expect(isNewsFor({ actorId: "u1" }, "u2")).toBe(true);
    expect(isNewsFor({ actorId: null }, "u1")).toBe(true);
  });

  it.each([
    ["claim.created", "Erin Editor", "Erin Editor added a claim at 14:05 UTC."],
    ["comment.created", "Erin Editor", "Erin Editor commented on a claim at 14:05 UTC."],
    ["claim.state_changed", "Riley Reviewer", "Riley Reviewer changed a claim’s state at 14:05 UTC."],
    ["article.text_edited", "Riley Reviewer", "Riley Reviewer edited the article text at 14:05 UTC."],
    ["something.new", "Alex Admin", "Alex Admin made a change at 14:05 UTC."],
  ])("%s by %s reads “%s”", (action, who, text) => {
    const t = translatorFor("en", "annotator");
    expect(t("presence.change", { who, action: changeActionKey(action), time: "14:05 UTC" })).toBe(text);
  });
});
