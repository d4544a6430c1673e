import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { seedReaderUrl } from "./helpers";

// Issue 18's story: suggestions in the annotator, "Already checked" with our archive and an imported external check.
const REWORDED = "The Pentagon urged Japan to raise its defence spending to 3% of GDP, a statement said on Friday.";
const ARTICLE = [
  "Thank you all for coming, it is good to see so many friends here tonight.",
  REWORDED,
  "We will keep working together with our partners.",
].join("\n\n");
const EXTERNAL = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://checker.example/checks/pentagon-japan-gdp",
  claimReviewed: "The Pentagon urged Japan to raise defence spending to three per cent of GDP.",
  reviewRating: { "@type": "Rating", alternateName: "Half true" },
  author: { "@type": "Organization", name: "Checker Example" },
  datePublished: "2025-03-10",
};

test("an admin imports another fact-checker's ClaimReview; a reviewer takes the top suggestion with one key and sees what was already checked", async ({
  browser,
}) => {
  test.slow();
  const admin = await browser.newContext(asRole("admin"));
  const adminPage = await admin.newPage();
  await adminPage.goto("/settings/external-reviews");
  await adminPage.getByLabel("JSON-LD file").setInputFiles({
    name: "reviews.jsonld",
    mimeType: "application/ld+json",
    buffer: Buffer.from(JSON.stringify(EXTERNAL)),
  });
  await adminPage.getByRole("button", { name: "Import reviews" }).click();
  await expect(adminPage.getByText(/Imported: [01] new, [01] updated/)).toBeVisible();
  await expect(adminPage.getByRole("rowheader", { name: "Checker Example" })).toBeVisible();
  await admin.close();

  const reviewer = await browser.newContext(asRole("reviewer"));
  const page = await reviewer.newPage();
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(`Alliance costs ${Date.now()}`);
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);

  const suggestions = page.getByRole("region", { name: /Suggested claims/ });
  const first = suggestions.getByRole("listitem").first();
  await first.hover();
  await page.screenshot({ path: "test-results/claim-finder-hover.png" });
  await expect(first).toContainText(REWORDED);
  await expect(first).toContainText("contains a percentage");
  await first.getByRole("button", { name: "Add as claim" }).focus();
  await page.keyboard.press("Enter");

  const card = page.getByRole("region", { name: "Claim card" });
  await expect(card.getByText(`“${REWORDED}”`)).toBeVisible();
  await expect(page.locator("mark").filter({ hasText: REWORDED })).toBeVisible();
  await expect(suggestions).not.toContainText(REWORDED);

  const already = card.getByRole("region", { name: "Already checked" });
  await expect(already.getByText(/Pentagon statement urged Japan to increase its defence spending/)).toBeVisible();
  await expect(already.getByText("External · Checker Example")).toBeVisible();
  await expect(already.getByText("Half true")).toBeVisible();
  await already.getByRole("button", { name: /Copy \d+ citations?/ }).click();
  await expect(card.getByText("Kyodo News coverage of the Pentagon statement")).toBeVisible();
  await card.getByRole("radio").first().check(); // the reviewer chooses the verdict: it is never copied
  await card.getByLabel(/Rationale/).fill("The statement asked for 3 percent; see the Kyodo report.");
  await card.getByRole("button", { name: "Save claim" }).click();
  await expect(card.getByText(/Saved at/)).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  await already.screenshot({ path: "test-results/claim-finder-already-checked.png" });
  await suggestions.screenshot({ path: "test-results/claim-finder-suggestions.png" });

  // dismissing hides a suggestion for this article, also after a reload
  const remaining = await suggestions.getByRole("listitem").count();
  if (remaining > 0) {
    const text = (await suggestions.getByRole("listitem").first().locator("p").first().textContent())!;
    await suggestions.getByRole("listitem").first().getByRole("button", { name: "Dismiss" }).click();
    await expect(suggestions).not.toContainText(text);
    await page.reload();
    await expect(page.getByRole("region", { name: /Suggested claims/ })).not.toContainText(text);
  }
  await reviewer.close();
});

test("a reader never sees suggestions or the desk's matches", async ({ browser }) => {
  const desk = await browser.newContext(asRole("reviewer"));
  const href = await seedReaderUrl(await desk.newPage());
  await desk.close();
  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  const response = await page.goto(href);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.content()).not.toMatch(/Suggested claims|Already checked|suggestion/i);
  await anonymous.close();
});
