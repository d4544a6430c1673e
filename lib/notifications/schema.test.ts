import { describe, expect, it } from "vitest";
import { notificationPreferencesSchema } from "./schema";
import { issueMessage } from "@/lib/validation/issue-message";

describe("notification preferences input", () => {
  it("takes any set of the known kinds, none included", () => {
    expect(notificationPreferencesSchema.parse({ kinds: ["mention", "published"] })).toEqual({
      kinds: ["mention", "published"],
    });
    expect(notificationPreferencesSchema.parse({ kinds: [] })).toEqual({ kinds: [] });
  });

  it("refuses unknown kinds and more entries than there are kinds, naming the problem", () => {
    const unknown = notificationPreferencesSchema.safeParse({ kinds: ["mention", "comment\u0000"] });
    expect(unknown.success).toBe(false);
    expect(issueMessage(unknown.error!.issues[0])).toBe("Choose among the listed notifications.");
    const tooMany = notificationPreferencesSchema.safeParse({
      kinds: ["mention", "assignment", "approval", "changes_requested", "published", "mention"],
    });
    expect(tooMany.success).toBe(false);
  });
});
