import { expect, test, type Locator } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { openSeedArticle, selectText } from "./helpers";

// A claim of its own on the seed article (words no other spec claims), so parallel specs never see it change.
const PHRASE = "Who makes these deals?";
const threadWith = (card: Locator, text: string) => card.getByRole("listitem").filter({ hasText: text });

test("a reviewer asks an editor about a claim with @editor; the editor is notified, lands on the claim and replies; the reviewer resolves the thread and reads the history", async ({
  browser,
}) => {
  test.slow(); // two signed-in browsers on a 2-core machine
  const token = `source-check-${Date.now().toString(36)}`;
  const reviewerContext = await browser.newContext(asRole("reviewer"));
  const editorContext = await browser.newContext(asRole("editor"));
  try {
    // the reviewer makes the claim, gives it a verdict, and asks the editor, picking them from the mention helper
    const reviewer = await reviewerContext.newPage();
    await openSeedArticle(reviewer);
    await selectText(reviewer, PHRASE);
    await reviewer.getByRole("button", { name: /Add claim/ }).click();
    const card = reviewer.getByRole("region", { name: "Claim card" });
    await expect(card.getByText(`“${PHRASE}”`)).toBeVisible();
    await card.getByRole("radio", { name: /Misleading/ }).check();
    await card.getByLabel(/Rationale/).fill("Both governments signed the treaty.");
    await card.getByRole("button", { name: "Save claim" }).click();
    await expect(card.getByText(/Saved at/)).toBeVisible();

    const box = card.getByLabel("Add a comment");
    await box.pressSequentially(`Is the treaty the right source (${token})? @edi`);
    await card
      .getByRole("listbox", { name: "Members to mention" })
      .getByRole("option", { name: /Erin Editor/ })
      .click();
    await expect(box).toHaveValue(`Is the treaty the right source (${token})? @editor `);
    await card.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(threadWith(card, token).getByRole("article", { name: "Comment by Riley Reviewer" })).toBeVisible();
    await expect(box).toHaveValue("");

    // the editor sees the unread count, opens the notification and lands on the claim
    const editor = await editorContext.newPage();
    await editor.goto("/articles");
    const bell = editor.getByRole("button", { name: /^Notifications, \d+ unread$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    await editor
      .getByRole("dialog", { name: "Notifications" })
      .getByRole("link", { name: new RegExp(`Riley Reviewer mentioned you.*${token}`) })
      .click();
    await expect(editor).toHaveURL(/\/articles\/[^/?]+\?claim=[^&]+$/);
    const editorCard = editor.getByRole("region", { name: "Claim card" });
    await expect(editorCard.getByText(`“${PHRASE}”`)).toBeVisible();

    const editorThread = threadWith(editorCard, token);
    await editorThread.getByRole("button", { name: "Reply", exact: true }).click();
    await editorThread.getByLabel("Your reply").fill("Yes: Article V of the 1960 treaty.");
    await editorThread.getByRole("button", { name: "Post reply" }).click();
    await expect(editorThread.getByRole("article", { name: "Comment by Erin Editor" })).toContainText(
      "Article V of the 1960 treaty",
    );

    // the reviewer opens the same link, sees the reply and resolves the thread
    await reviewer.goto(editor.url());
    const reviewerCard = reviewer.getByRole("region", { name: "Claim card" });
    const reviewerThread = threadWith(reviewerCard, token);
    await expect(reviewerThread.getByRole("article", { name: "Comment by Erin Editor" })).toBeVisible();
    await reviewerThread.getByRole("button", { name: "Resolve thread" }).click();
    await expect(reviewerThread.getByText(/Resolved by Riley Reviewer/)).toBeVisible();
    await expect(reviewerThread.getByRole("button", { name: "Reopen thread" })).toBeVisible();

    // the history shows the claim's own changes, and nothing of the discussion
    await reviewerCard.getByRole("button", { name: "History" }).click();
    const entries = reviewerCard
      .getByRole("list", { name: "Changes to this claim, newest first" })
      .getByRole("listitem");
    await expect(entries).toHaveCount(2);
    await expect(entries.first()).toContainText("Riley Reviewer changed the verdict and rationale");
    await expect(entries.first()).toContainText("Misleading");
    await expect(entries.first()).toContainText("Both governments signed the treaty.");
    await expect(entries.last()).toContainText("Riley Reviewer created the claim");
    await expect(entries.last()).toContainText(PHRASE);
    await expect(reviewerCard.getByRole("list", { name: "Changes to this claim, newest first" })).not.toContainText(
      token,
    );

    // leave the seed article as we found it
    await reviewerCard.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(reviewer.getByRole("status").filter({ hasText: "Claim deleted." })).toBeVisible();
  } finally {
    await reviewerContext.close();
    await editorContext.close();
  }
});
