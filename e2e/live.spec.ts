import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { selectText } from "./helpers";

// The target is 2 s from a save to a colleague's screen; 3 s leaves room for a busy CI machine.
const LIVE = { timeout: 3_000 };
const PHRASE = "The mayor said the vote was unanimous";
const TEXT = [
  "The city council voted on Tuesday to double the parks budget to 4 million euros.",
  `${PHRASE}, which the published minutes contradict.`,
  "Critics called the increase the largest in the city's history.",
].join("\n");

test("a reviewer and an editor on one article see each other, and each other's claims and verdicts, without reloading", async ({
  browser,
}) => {
  test.slow();
  const reviewerContext = await browser.newContext(asRole("reviewer"));
  const editorContext = await browser.newContext(asRole("editor"));
  try {
    await reviewerAndEditor(await reviewerContext.newPage(), await editorContext.newPage(), () =>
      editorContext.close(),
    );
  } finally {
    await editorContext.close();
    await reviewerContext.close();
  }
});

async function reviewerAndEditor(reviewer: Page, editor: Page, editorLeaves: () => Promise<void>) {
  // a fresh article, so no other spec's claims or visitors are on it
  await reviewer.goto("/articles/new");
  await reviewer.getByLabel("Title").fill(`Live desk check ${Date.now()}`);
  await reviewer.getByLabel("Article text").fill(TEXT);
  await reviewer.getByRole("button", { name: "Add article" }).click();
  await expect(reviewer).toHaveURL(/\/articles\/(?!new)[^/?]+$/);
  await editor.goto(reviewer.url());
  await expect(editor.getByRole("textbox", { name: /Article text/ })).toContainText(PHRASE);

  await expect(editor.getByRole("region", { name: "Who else is here" })).toContainText("Riley Reviewer is also here");
  await expect(reviewer.getByRole("region", { name: "Who else is here" })).toContainText("Erin Editor is also here");
  await editor.evaluate(() => {
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;
  });
  await reviewer.evaluate(() => {
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;
  });

  // the reviewer adds a claim: the editor sees it highlighted and listed
  await selectText(reviewer, PHRASE);
  await reviewer.getByRole("button", { name: /Add claim/ }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Claim added" })).toBeVisible();
  await expect(editor.locator("mark").filter({ hasText: PHRASE })).toBeVisible(LIVE);
  const editorItem = editor.getByRole("button", { name: new RegExp(`“${PHRASE}”`) });
  await expect(editorItem).toBeVisible(LIVE);
  await expect(editor.getByRole("region", { name: "Who else is here" }).getByRole("status")).toContainText(
    "Riley Reviewer added a claim",
  );

  // the reviewer starts typing in the open claim card (not saved yet)
  const reviewerCard = reviewer.getByRole("region", { name: "Claim card" });
  await reviewerCard.getByLabel("Claimant").fill("Mayor Jane Doe");

  // the editor gives the claim a verdict: the reviewer's list shows it, and the reviewer's draft survives
  await editorItem.click();
  const editorCard = editor.getByRole("region", { name: "Claim card" });
  await editorCard.getByRole("radio", { name: /Misleading/ }).check();
  await editorCard.getByRole("button", { name: "Save claim" }).click();
  await expect(editorCard.getByText(/Saved at/)).toBeVisible();
  await expect(reviewer.getByRole("button", { name: new RegExp(`“${PHRASE}”`) })).toContainText("Misleading", LIVE);
  await expect(reviewerCard.getByLabel("Claimant")).toHaveValue("Mayor Jane Doe");
  await expect(reviewerCard.getByText("Unsaved changes")).toBeVisible();

  for (const page of [editor, reviewer]) {
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  }

  // the editor leaves: the reviewer sees that too
  await editorLeaves();
  await expect(reviewer.getByRole("region", { name: "Who else is here" })).toContainText(
    "Nobody else has this article open.",
  );
}
