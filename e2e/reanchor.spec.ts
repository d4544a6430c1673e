import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { selectText } from "./helpers";

const seedText = readFileSync(path.resolve("prisma/seed-article.txt"), "utf8");
const [title, ...body] = seedText.split("\n");
const CHANGED = "We have to protect them, but they don't have to protect us";
const DELETED =
  "Under the treaty, which was signed in 1960, the U.S. is obliged to defend Japan if the country falls under an attack.";

async function rateClaim(page: import("@playwright/test").Page, phrase: string, verdict: RegExp) {
  await selectText(page, phrase);
  await page.getByRole("button", { name: /Add claim/ }).click();
  const card = page.getByRole("region", { name: "Claim card" });
  await card.getByRole("radio", { name: verdict }).check();
  await card.getByLabel(/Rationale/).fill("Checked against the treaty text.");
  await card.getByRole("button", { name: "Save claim" }).click();
  await expect(card.getByText(/Saved at/)).toBeVisible();
  await card.getByRole("button", { name: "Submit for review" }).click();
  await expect(card.getByText("Waiting for an editor’s approval.")).toBeVisible();
  await card.getByRole("button", { name: "Close claim card" }).click();
}

async function asEditor(
  browser: Browser,
  articleUrl: string,
  fn: (page: import("@playwright/test").Page) => Promise<void>,
) {
  const context = await browser.newContext(asRole("editor"));
  const page = await context.newPage();
  await page.goto(articleUrl);
  await fn(page);
  await context.close();
}

test.use(asRole("reviewer"));

test("after an edit, a claim follows its changed words, a deleted one is flagged, and readers see neither a wrong highlight nor the flagged claim", async ({
  page,
  browser,
}) => {
  test.slow();
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(`${title} (re-anchoring copy)`);
  await page.getByLabel("Article text").fill(body.join("\n"));
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);
  await expect(page.getByRole("textbox", { name: /Article text/ })).toBeVisible();
  const articleUrl = page.url();
  await rateClaim(page, CHANGED, /Technically inaccurate/);
  await rateClaim(page, DELETED, /^Accurate/);

  // an editor approves both and publishes
  await asEditor(browser, articleUrl, async (editor) => {
    for (const phrase of [CHANGED, DELETED]) {
      await editor
        .getByRole("button", { name: new RegExp(phrase.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
        .first()
        .click();
      await editor.getByRole("region", { name: "Claim card" }).getByRole("button", { name: "Approve" }).click();
      await expect(
        editor.getByRole("region", { name: "Claim card" }).getByText(/Approved: it goes live/),
      ).toBeVisible();
    }
    await editor.getByRole("button", { name: "Publish…" }).click();
    await editor.getByRole("button", { name: "Publish now" }).click();
    await expect(editor.getByText("Published. 2 claims are live for readers.")).toBeVisible();
  });

  // the reviewer edits the text: one word changes inside the first claim, the second claim's sentence goes
  await page.goto(`${articleUrl}/edit`);
  const textArea = page.getByRole("form", { name: "Article text" }).getByLabel("Article text");
  const current = await textArea.inputValue();
  await textArea.fill(current.replace("We have to protect them", "We have to defend them").replace(`${DELETED}\n`, ""));
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(
    page.getByText(/Saved as version 2: \d+ claims? followed (?:its|their) words, 1 needs re-anchoring/),
  ).toBeVisible();

  await page.goto(articleUrl);
  await expect(
    page.locator("mark").filter({ hasText: "We have to defend them, but they don't have to protect us" }),
  ).toBeVisible();
  const flagged = page
    .getByRole("region", { name: /Needs re-anchoring/ })
    .or(page.locator("section", { has: page.getByRole("heading", { name: /Needs re-anchoring/ }) }));
  await expect(flagged).toContainText("Under the treaty, which was signed in 1960");

  // the verdict now sits on changed words: an editor approves that again, then publishes the new version with a
  // correction note; the reader sees the moved claim on its new words and not the flagged one
  await asEditor(browser, articleUrl, async (editor) => {
    await editor
      .getByRole("button", { name: /We have to defend them/ })
      .first()
      .click();
    await editor.getByRole("region", { name: "Claim card" }).getByRole("button", { name: "Approve" }).click();
    await expect(editor.getByRole("region", { name: "Claim card" }).getByText(/Approved: it goes live/)).toBeVisible();
    await editor.getByRole("button", { name: "Publish…" }).click();
    await editor
      .getByRole("dialog")
      .getByLabel(/Correction note/)
      .fill("The quote was corrected to the words Trump used.");
    await editor.getByRole("button", { name: "Publish now" }).click();
    await expect(editor.getByRole("dialog").getByText(/Published\./)).toBeVisible();
  });
  const readerHref = await page.getByRole("link", { name: "Reader view" }).getAttribute("href");
  const reader = await browser.newPage();
  await reader.goto(readerHref!);
  await expect(reader.getByRole("button", { name: /^Fact-check:/ })).toHaveCount(1);
  await expect(reader.locator("mark")).toHaveText(["We have to defend them, but they don't have to protect us"]);
  expect(await reader.content()).not.toContain("Under the treaty, which was signed in 1960");
  await reader.close();
});
