import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { selectText } from "./helpers";

// Issue 17: a reviewer submits three drafts in one action (shift-click selects the range), an editor selects "all in
// review" and approves them in one action, and each sees the summary.
const BARE = "the toll brought in 90 million euros";
const PHRASES = [
  "the port handled 12 million containers last year",
  "rail freight grew by a third since 2020",
  "truck traffic on the ring road fell by 8 percent",
];
const TEXT = [
  `The harbour director said that ${PHRASES[0]}, a record.`,
  `He added that ${PHRASES[1]}, thanks to the new terminal.`,
  `According to the city, ${PHRASES[2]} after the toll was introduced.`,
  `The mayor said ${BARE} in its first year.`,
].join("\n");
const card = (page: Page) => page.getByRole("region", { name: "Claim card" });
const claims = (page: Page) => page.getByRole("region", { name: /Claims in this article/ });
const checkbox = (page: Page, phrase: string) => page.getByRole("checkbox", { name: `Select “${phrase}”` });

test.use(asRole("reviewer"));

test("a reviewer submits three drafts in one action and an editor approves all in review in one action", async ({
  page,
  browser,
}) => {
  test.slow();
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(`Freight figures ${Date.now()}`);
  await page.getByLabel("Article text").fill(TEXT);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);
  const articleUrl = page.url();
  for (const phrase of PHRASES) {
    await selectText(page, phrase);
    await page.getByRole("button", { name: /Add claim/ }).click();
    // the card of the saved claim, not of its placeholder (a placeholder's box is disabled until the claim is saved)
    await expect(checkbox(page, phrase)).toBeEnabled();
    await card(page)
      .getByRole("radio", { name: /^Misleading/ })
      .check();
    await card(page)
      .getByLabel(/Rationale/)
      .fill("The annual report gives a different figure.");
    await card(page).getByRole("button", { name: "Save claim" }).click();
    await expect(card(page).getByText(/Saved at/)).toBeVisible();
  }

  // first box, then shift-click the third: all three are selected
  await checkbox(page, PHRASES[0]).click();
  await checkbox(page, PHRASES[2]).click({ modifiers: ["Shift"] });
  for (const phrase of PHRASES) await expect(checkbox(page, phrase)).toBeChecked();
  const bar = page.getByRole("group", { name: "Bulk actions" });
  await expect(bar.getByText("3 claims selected")).toBeVisible();
  await bar.screenshot({ path: "test-results/bulk-bar.png" });
  await claims(page).screenshot({ path: "test-results/bulk-bar-in-claims.png" }); // docs/screenshots/bulk-bar.png
  expect((await new AxeBuilder({ page }).include('[aria-labelledby="claims-heading"]').analyze()).violations).toEqual(
    [],
  );
  // Escape clears the selection; select again and submit
  await checkbox(page, PHRASES[1]).press("Escape");
  await expect(bar).toBeHidden();
  await checkbox(page, PHRASES[0]).click();
  await checkbox(page, PHRASES[2]).click({ modifiers: ["Shift"] });
  await expect(bar.getByRole("button", { name: /^Approve/ })).toHaveCount(0); // reviewers do not approve
  await bar.getByRole("button", { name: "Submit for review (3)" }).click();
  await expect(claims(page).getByRole("status")).toContainText("Submitted all 3 claims for review.");
  await expect(bar).toBeHidden();

  // a claim without a verdict is refused, with the reason, and stays selected
  await selectText(page, BARE);
  await page.getByRole("button", { name: /Add claim/ }).click();
  await expect(checkbox(page, BARE)).toBeEnabled();
  await claims(page).getByRole("button", { name: "draft (1)" }).click();
  await bar.getByRole("button", { name: "Submit for review (1)" }).click();
  const status = claims(page).getByRole("status");
  await expect(status).toContainText("Submitted 0 of 1 claim for review.");
  await expect(status).toContainText(
    `Not submitted: “${BARE}” — Choose a verdict before submitting the claim for review.`,
  );
  await expect(checkbox(page, BARE)).toBeChecked();

  const context = await browser.newContext(asRole("editor"));
  try {
    const editor = await context.newPage();
    await editor.goto(articleUrl);
    await claims(editor).getByRole("button", { name: "in review (3)" }).click();
    const editorBar = editor.getByRole("group", { name: "Bulk actions" });
    await expect(editorBar.getByText("3 claims selected")).toBeVisible();
    await editorBar.getByRole("button", { name: "Approve (3)" }).click();
    await expect(claims(editor).getByRole("status")).toContainText("Approved all 3 claims.");
    await expect(claims(editor).getByText("Approved", { exact: true })).toHaveCount(3);
  } finally {
    await context.close();
  }
});
