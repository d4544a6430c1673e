import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { selectText } from "./helpers";

// Issue 13, findings 1 and 2, as people do it: a reviewer re-attaches a published claim and edits the article text;
// an anonymous reader sees nothing change; the editor sees both changes on publish, must write a correction note,
// publishes; the reader then sees the new highlight, the new text and the note.
const FIRST = "unemployment fell by half last year";
const SECOND = "exports doubled in the same period";
const TEXT = [
  `The finance minister told parliament that ${FIRST}, the best result in a decade.`,
  `She added that ${SECOND}, thanks to the new trade agreements.`,
  "The opposition asked for the figures to be published in full.",
].join("\n");
const EDITED_SENTENCE = "The opposition asked for the statistics office's own figures.";
const NOTE = "The verdict now applies to the export figure the minister gave, not the unemployment figure.";
const card = (page: Page) => page.getByRole("region", { name: "Claim card" });

async function inContext<T>(
  browser: Browser,
  role: "editor" | "reviewer" | null,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(role ? asRole(role) : { storageState: { cookies: [], origins: [] } });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/** What an anonymous reader sees: the article text, the highlighted words, the verdict chips. */
async function readerView(reader: Page) {
  await reader.reload();
  const article = reader.locator("#article");
  return {
    text: await article.innerText(),
    marks: await article.locator("mark").allInnerTexts(),
    chips: await reader.getByRole("button", { name: /^Fact-check:/ }).allTextContents(),
  };
}

test.use(asRole("reviewer"));

test("a reviewer's re-attachment and text edit reach readers only through an editor's publication with a correction note", async ({
  page,
  browser,
}) => {
  test.slow();
  // a reviewer adds the article and rates the first sentence; an editor approves and publishes it
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(`Minister's economy claims ${Date.now()}`);
  await page.getByLabel("Article text").fill(TEXT);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);
  const articleUrl = page.url();
  await selectText(page, FIRST);
  await page.getByRole("button", { name: /Add claim/ }).click();
  await card(page)
    .getByRole("radio", { name: /^Misleading/ })
    .check();
  await card(page)
    .getByLabel(/Rationale/)
    .fill("The statistics office counts only full-time jobs.");
  await card(page).getByRole("button", { name: "Save claim" }).click();
  await expect(card(page).getByText(/Saved at/)).toBeVisible();
  await card(page).getByRole("button", { name: "Submit for review" }).click();
  await expect(card(page).getByText("Waiting for an editor’s approval.")).toBeVisible();

  const readerUrl = await inContext(browser, "editor", async (editor) => {
    await editor.goto(articleUrl);
    await editor.getByRole("button", { name: new RegExp(`“${FIRST}”`) }).click();
    await card(editor).getByRole("button", { name: "Approve" }).click();
    await expect(card(editor).getByText(/Approved: it goes live/)).toBeVisible();
    await editor.getByRole("button", { name: "Publish…" }).click();
    const dialog = editor.getByRole("dialog", { name: "Publish this article" });
    await expect(dialog.getByText("New fact-check · Misleading")).toBeVisible();
    await dialog.getByRole("button", { name: "Publish now" }).click();
    await expect(dialog.getByText("Published. 1 claim is live for readers.")).toBeVisible();
    await dialog.getByRole("button", { name: "Close" }).first().click();
    return (await editor.getByRole("link", { name: "Reader view" }).getAttribute("href"))!;
  });

  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reader = await anonymous.newPage();
  await reader.goto(readerUrl);
  const published = await readerView(reader);
  expect(published.marks).toEqual([FIRST]);
  expect(published.chips).toEqual(["✓Misleading"]);

  // the reviewer moves the published claim onto other words, then edits another sentence of the text
  await page.reload();
  await page.getByRole("button", { name: new RegExp(`“${FIRST}”`) }).click();
  await card(page).getByRole("button", { name: "Re-attach" }).click();
  await selectText(page, SECOND);
  await page.getByRole("button", { name: /Attach here/ }).click();
  await expect(page.getByText("Claim re-attached to the selected words.")).toBeVisible();
  await page.goto(`${articleUrl}/edit`);
  const textArea = page.getByRole("form", { name: "Article text" }).getByLabel("Article text");
  await textArea.fill(
    (await textArea.inputValue()).replace(
      "The opposition asked for the figures to be published in full.",
      EDITED_SENTENCE,
    ),
  );
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByText(/Saved as version 2/)).toBeVisible();
  await page.goto(articleUrl);
  await page.getByRole("button", { name: new RegExp(`“${SECOND}”`) }).click();
  await expect(
    card(page)
      .getByText(/changed since publication/)
      .first(),
  ).toBeVisible();

  // the anonymous reader sees exactly what was published: same text, same highlight, same verdict
  expect(await readerView(reader)).toEqual(published);

  // the editor approves the change, sees both changes side by side, is refused without a note, then publishes
  await inContext(browser, "editor", async (editor) => {
    await editor.goto(articleUrl);
    await editor.getByRole("button", { name: new RegExp(`“${SECOND}”`) }).click();
    await card(editor).getByRole("button", { name: "Approve" }).click();
    await expect(card(editor).getByText(/Approved: it goes live/)).toBeVisible();
    await editor.getByRole("button", { name: "Publish…" }).click();
    const dialog = editor.getByRole("dialog", { name: "Publish this article" });
    const text = dialog
      .getByRole("region", { name: "Article text" })
      .or(dialog.locator("section", { has: editor.getByRole("heading", { name: "Article text" }) }));
    await expect(text.getByRole("deletion")).toContainText(["figures to be published in full."]);
    await expect(text.getByRole("insertion")).toContainText(["statistics office's own figures."]);
    const words = dialog.getByRole("row", { name: /^Words/ });
    await expect(words.getByRole("deletion")).toHaveText(FIRST);
    await expect(words.getByRole("insertion")).toHaveText(SECOND);
    await dialog.getByRole("button", { name: "Publish now" }).click();
    await expect(dialog.getByText(/Write a correction note for “exports doubled/)).toBeVisible();
    await expect(dialog.getByLabel(/Correction note/)).toBeFocused();
    expect(await readerView(reader)).toEqual(published); // a refused publication changes nothing
    await editor.screenshot({ path: "test-results/published-integrity-publish-dialog.png", fullPage: false });
    expect((await new AxeBuilder({ page: editor }).include('[role="dialog"]').analyze()).violations).toEqual([]);
    await dialog.getByLabel(/Correction note/).fill(NOTE);
    await dialog.getByRole("button", { name: "Publish now" }).click();
    await expect(dialog.getByText("Published. 1 claim is live for readers.")).toBeVisible();
  });

  // the reader now sees the new highlight, the new text and the note
  const after = await readerView(reader);
  expect(after.marks).toEqual([SECOND]);
  expect(after.text).toContain(EDITED_SENTENCE);
  expect(after.chips).toEqual(["✓Misleading"]);
  await reader.getByRole("button", { name: /^Fact-check:/ }).click();
  const cardDialog = reader.getByRole("dialog");
  await expect(cardDialog.getByRole("heading", { name: "Correction" })).toBeVisible();
  await expect(cardDialog).toContainText(NOTE);
  await anonymous.close();
});
