import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { selectText } from "./helpers";

// Issue 17: an editor approves and publishes two of a reviewer's claims in one article; the reviewer's bell has one
// line per kind that names the article ("Erin Editor approved 2 claims in ‘…’"), leads to it, and "Mark all read"
// empties the count.
const PHRASES = ["the harbour tunnel will open in 2029", "ferry tickets will cost 3 euros"];
const TEXT = [
  `The port authority said on Tuesday that ${PHRASES[0]}, two years late.`,
  `It also promised that ${PHRASES[1]} until then.`,
].join("\n");
const card = (page: Page) => page.getByRole("region", { name: "Claim card" });
const claimItem = (page: Page, phrase: string) => page.getByRole("button", { name: new RegExp(`“${phrase}”`) });

async function expectAccessible(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

test("a reviewer gets one notification per kind naming the article for two approvals and their publication, opens one and marks all read", async ({
  browser,
}) => {
  test.slow(); // two signed-in browsers on a 2-core machine
  const title = `Harbour tunnel ${Date.now().toString(36)}`;
  const [reviewerContext, editorContext] = await Promise.all([
    browser.newContext(asRole("reviewer")),
    browser.newContext(asRole("editor")),
  ]);
  try {
    const reviewer = await reviewerContext.newPage();
    await reviewer.goto("/articles/new");
    await reviewer.getByLabel("Title").fill(title);
    await reviewer.getByLabel("Article text").fill(TEXT);
    await reviewer.getByRole("button", { name: "Add article" }).click();
    await expect(reviewer).toHaveURL(/\/articles\/(?!new)[^/?]+$/);
    const articleUrl = reviewer.url();
    for (const phrase of PHRASES) {
      await selectText(reviewer, phrase);
      await reviewer.getByRole("button", { name: /Add claim/ }).click();
      await expect(card(reviewer).getByText(`“${phrase}”`)).toBeVisible();
      await card(reviewer)
        .getByRole("radio", { name: /Misleading/ })
        .check();
      await card(reviewer)
        .getByLabel(/Rationale/)
        .fill("The authority's own timetable says otherwise.");
      await card(reviewer).getByRole("button", { name: "Save claim" }).click();
      await expect(card(reviewer).getByText(/Saved at/)).toBeVisible();
      await card(reviewer).getByRole("button", { name: "Submit for review" }).click();
      await expect(card(reviewer).getByText("Waiting for an editor’s approval.")).toBeVisible();
    }

    const editor = await editorContext.newPage();
    await editor.goto(articleUrl);
    for (const phrase of PHRASES) {
      await claimItem(editor, phrase).click();
      await card(editor).getByRole("button", { name: "Approve" }).click();
      await expect(card(editor).getByText(/Approved: it goes live/)).toBeVisible();
    }
    await editor.getByRole("button", { name: "Publish…" }).click();
    const publish = editor.getByRole("dialog", { name: "Publish this article" });
    await publish.getByRole("button", { name: "Publish now" }).click();
    await expect(publish.getByText("Published. 2 claims are live for readers.")).toBeVisible();

    // one line for both approvals, naming the article; it opens the article (two claims: not one claim's card)
    await reviewer.goto("/articles");
    const bell = reviewer.getByRole("button", { name: /^Notifications, [1-9]\d* unread$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    const panel = reviewer.getByRole("dialog", { name: "Notifications" });
    const grouped = panel.getByRole("link", { name: `Unread: Erin Editor approved 2 claims in ‘${title}’` });
    await expect(grouped).toBeVisible();
    await expect(
      panel.getByRole("button", { name: `Mark read: Erin Editor approved 2 claims in ‘${title}’` }),
    ).toBeVisible();
    await expect(
      panel.getByRole("link", { name: `Unread: Erin Editor published 2 claims in ‘${title}’` }),
    ).toBeVisible();
    await expectAccessible(reviewer);
    await panel.screenshot({ path: "test-results/grouped-notifications.png" }); // docs/screenshots/grouped-notifications.png
    await grouped.click();
    await expect(reviewer).toHaveURL(articleUrl);

    // back in the bell that line is read; "Mark all read" clears the rest
    await reviewer.getByRole("button", { name: /^Notifications/ }).click();
    await expect(
      panel.getByRole("link", { name: new RegExp(`^Erin Editor approved 2 claims in ‘${title}’`) }),
    ).toBeVisible();
    await panel.getByRole("button", { name: "Mark all read" }).click();
    await expect(panel.getByRole("button", { name: "Mark all read" })).toBeDisabled();
    await expect(panel.getByText(/^Unread:/)).toHaveCount(0);
    await reviewer.keyboard.press("Escape");
    await expect(reviewer.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();
  } finally {
    await Promise.all([reviewerContext.close(), editorContext.close()]);
  }
});

test("a member chooses which events notify them on their own settings page", async ({ browser }) => {
  const context = await browser.newContext(asRole("editor"));
  try {
    const page = await context.newPage();
    await page.goto("/articles");
    await page.getByRole("button", { name: /^Account menu for / }).click();
    await page.getByRole("menuitem", { name: "Notifications and e-mail" }).click();
    await expect(page.getByRole("heading", { name: "Notifications and e-mail", level: 1 })).toBeVisible();
    const form = page.getByRole("form", { name: "Notifications" });
    const publications = form.getByRole("checkbox", { name: /^Publications/ });
    await expect(publications).toBeChecked(); // everything is on until the member says otherwise
    await publications.uncheck();
    await form.getByRole("button", { name: "Save notifications" }).click();
    await expect(form.getByText("Saved: you are notified of the events checked below.")).toBeVisible();
    await expectAccessible(page);
    await page.reload();
    await expect(form.getByRole("checkbox", { name: /^Publications/ })).not.toBeChecked();
    await expect(form.getByRole("checkbox", { name: /^Mentions/ })).toBeChecked();
    // leave the editor's settings as other specs expect them
    await form.getByRole("checkbox", { name: /^Publications/ }).check();
    await form.getByRole("button", { name: "Save notifications" }).click();
    await expect(form.getByText("Saved: you are notified of the events checked below.")).toBeVisible();
  } finally {
    await context.close();
  }
});
