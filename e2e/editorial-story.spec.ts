import { expect, test, type Browser, type Page } from "@playwright/test";
import { asRole, DEMO_PASSWORD } from "./demo-accounts";
import { selectText } from "./helpers";

// Issue 5's whole story with real people in separate browsers: two reviewers on one article see each other's work
// live, talk with @mentions, a save over a colleague's newer one is refused with the input kept, an editor approves
// and publishes, a reader sees it; a later change goes back through review and reaches readers with a correction.
const LIVE = { timeout: 3_000 }; // the target is 2 s; 3 s leaves room for a busy CI machine
const PHRASE = "the new bridge will cost 40 million euros";
const TEXT = [
  `The transport minister said on Monday that ${PHRASE}, half of the original estimate.`,
  "Opposition members asked for the tender documents to be published.",
].join("\n");
const claimItem = (page: Page) => page.getByRole("button", { name: new RegExp(`“${PHRASE}”`) });
const card = (page: Page) => page.getByRole("region", { name: "Claim card" });

async function addSecondReviewer(browser: Browser, email: string) {
  const context = await browser.newContext(asRole("admin"));
  const admin = await context.newPage();
  await admin.goto("/settings/members");
  const form = admin.getByRole("form", { name: "Invite a member" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByRole("button", { name: "Send invitation" }).click();
  // no e-mail server in this run: the admin gets the link to pass on
  const link = await admin.getByLabel(`Invitation link for ${email}`).inputValue();
  await admin.goto(link);
  await admin.getByLabel("Your name").fill("Sam Second");
  await admin.getByLabel("Choose a password").fill(DEMO_PASSWORD);
  await admin.getByRole("button", { name: "Join" }).click();
  await expect(admin.getByText("Your account is ready")).toBeVisible();
  await context.close();
}

async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles$/);
}

async function approveAndPublish(editor: Page, articleUrl: string, correction?: string) {
  await editor.goto(articleUrl);
  await claimItem(editor).click();
  await card(editor).getByRole("button", { name: "Approve" }).click();
  await expect(card(editor).getByText(/Approved: it goes live/)).toBeVisible();
  await editor.getByRole("button", { name: "Publish…" }).click();
  const dialog = editor.getByRole("dialog", { name: "Publish this article" });
  if (correction) await dialog.getByLabel("Correction note (readers see it)").fill(correction);
  await dialog.getByRole("button", { name: "Publish now" }).click();
  await expect(dialog.getByText("Published. 1 claim is live for readers.")).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).first().click();
}

test("two reviewers, an editor and a reader: live claims, a mention, a refused stale save, approval, publication and a correction", async ({
  browser,
}) => {
  test.setTimeout(300_000); // four browsers on a 2-core machine
  const stamp = Date.now().toString(36);
  const secondEmail = `sam-${stamp}@example.org`;
  await addSecondReviewer(browser, secondEmail);

  const contexts = await Promise.all([
    browser.newContext(asRole("reviewer")),
    browser.newContext(),
    browser.newContext(asRole("editor")),
    browser.newContext(),
  ]);
  const [a, b, editor, reader] = await Promise.all(contexts.map((c) => c.newPage()));
  try {
    await signIn(b, secondEmail);

    // A brings in the article; B opens it too
    await a.goto("/articles/new");
    await a.getByLabel("Title").fill(`Bridge costs ${stamp}`);
    await a.getByLabel("Article text").fill(TEXT);
    await a.getByRole("button", { name: "Add article" }).click();
    await expect(a).toHaveURL(/\/articles\/(?!new)[^/?]+$/);
    const articleUrl = a.url();
    await b.goto(articleUrl);
    await expect(b.getByRole("region", { name: "Who else is here" })).toContainText("Riley Reviewer is also here");
    await b.evaluate(() => {
      (window as unknown as { notReloaded?: boolean }).notReloaded = true;
    });

    // A creates a claim with a verdict: B sees it appear, with its verdict, without reloading
    await selectText(a, PHRASE);
    await a.getByRole("button", { name: /Add claim/ }).click();
    await card(a).getByLabel("Claimant").fill("The transport minister");
    await card(a)
      .getByRole("radio", { name: /Misleading/ })
      .check();
    await card(a)
      .getByLabel(/Rationale/)
      .fill("The tender puts the cost at 62 million euros.");
    await card(a).getByRole("button", { name: "Save claim" }).click();
    await expect(card(a).getByText(/Saved at/)).toBeVisible();
    await expect(b.locator("mark").filter({ hasText: PHRASE })).toBeVisible(LIVE);
    await expect(claimItem(b)).toContainText("Misleading", LIVE);
    expect(await b.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // B comments with an @mention of A; A's bell counts it at once and leads to the comment
    await claimItem(b).click();
    const box = card(b).getByLabel("Add a comment");
    await box.pressSequentially(`Where is the tender (${stamp})? @rev`);
    await card(b)
      .getByRole("listbox", { name: "Members to mention" })
      .getByRole("option", { name: /Riley Reviewer/ })
      .click();
    await card(b).getByRole("button", { name: "Comment", exact: true }).click();
    await expect(card(b).getByRole("article", { name: "Comment by Sam Second" })).toBeVisible();
    const bell = a.getByRole("button", { name: /^Notifications, [1-9]\d* unread$/ });
    await expect(bell).toBeVisible(LIVE);
    await bell.click();
    await expect(
      a
        .getByRole("dialog", { name: "Notifications" })
        .getByRole("link", { name: new RegExp(`Sam Second mentioned you: .*${stamp}`) }),
    ).toBeVisible();
    await a.keyboard.press("Escape");

    // both edit the rationale from the same version: A saves first, B's save is refused, B's words stay
    const bRationale = "Tender documents, page 4: 62 million euros including the approach roads.";
    await card(b)
      .getByLabel(/Rationale/)
      .fill(bRationale);
    await card(a)
      .getByLabel(/Rationale/)
      .fill("The published tender puts the cost at 62 million euros.");
    await card(a).getByRole("button", { name: "Save claim" }).click();
    await expect(card(a).getByText(/Saved at/)).toBeVisible();
    await card(b).getByRole("button", { name: "Save claim" }).click();
    await expect(card(b).getByText(/Riley Reviewer changed this claim/)).toBeVisible();
    await expect(card(b).getByLabel(/Rationale/)).toHaveValue(bRationale);
    await expect(card(b).getByRole("button", { name: "Save my version" })).toBeVisible();

    // A submits; the editor approves and publishes; a reader sees the verdict
    await a.reload();
    await claimItem(a).click();
    await card(a).getByRole("button", { name: "Submit for review" }).click();
    await expect(card(a).getByText("Waiting for an editor’s approval.")).toBeVisible();
    await approveAndPublish(editor, articleUrl);
    await expect(editor.getByRole("link", { name: "Reader view" })).toBeVisible();
    await reader.goto((await editor.getByRole("link", { name: "Reader view" }).getAttribute("href"))!);
    await expect(reader.getByRole("button", { name: /^Fact-check:/ })).toHaveText(["✓Misleading"]);

    // A changes the verdict: back to review; re-approved and republished with a correction note readers see
    await a.reload();
    await claimItem(a).click();
    await card(a)
      .getByRole("radio", { name: /^Accurate/ })
      .check();
    await card(a)
      .getByLabel(/Rationale/)
      .fill("The ministry's revised figure of 40 million euros was confirmed by the auditor.");
    await card(a).getByRole("button", { name: "Save claim" }).click();
    await expect(card(a).getByText("Waiting for an editor’s approval.")).toBeVisible();
    await reader.reload();
    await expect(reader.getByRole("button", { name: /^Fact-check:/ })).toHaveText(["✓Misleading"]); // readers keep the approved one
    await approveAndPublish(editor, articleUrl, "The auditor confirmed the revised 40 million euro figure.");
    await reader.reload();
    const chip = reader.getByRole("button", { name: /^Fact-check:/ });
    await expect(chip).toHaveText(["✓Accurate"]);
    await chip.click();
    const dialog = reader.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: "Correction" })).toBeVisible();
    await expect(dialog).toContainText("The auditor confirmed the revised 40 million euro figure.");
    await expect(dialog).toContainText("confirmed by the auditor");
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
