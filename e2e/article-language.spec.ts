import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { placeCaretInArticle, selectText } from "./helpers";

// An Arabic article pasted into the desk: its language is detected, it is laid out right to left, claims are made on
// exactly the selected words (mouse and keyboard), the claim finder says it does not read Arabic, and the language
// can be changed in the details. The reviewer is told when a rationale has HTML that readers will not see.
const FIRST = "قال الرئيس إن معدل البطالة انخفض إلى ثلاثة في المئة في عام 2024.";
const SECOND = "وأضاف أن شركة Apple ستفتح مصنعا جديدا في البلاد العام المقبل.";
const ARTICLE = `${FIRST}\n\n${SECOND}`;

test.use(asRole("reviewer"));

test("an Arabic article is detected, laid out right to left, and claimed on exactly the selected words", async ({
  page,
}) => {
  const title = `البطالة ${Date.now()}`;
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(ARTICLE);
  await expect(page.getByLabel("Language", { exact: true })).toHaveValue(""); // "Detect automatically"
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);

  await expect(page.getByText(/^Arabic · Version 1/)).toBeVisible();
  const text = page.getByRole("textbox", { name: /^Article text/ });
  await expect(text).toHaveAttribute("lang", "ar");
  await expect(text).toHaveAttribute("dir", "rtl");
  await expect(text.locator("p").first()).toHaveAttribute("dir", "auto");
  // the text starts at the right edge, as Arabic readers expect
  const layout = await text
    .locator("p")
    .first()
    .evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const rightmost = Math.max(...[...range.getClientRects()].map((rect) => rect.right));
      return { direction: getComputedStyle(p).direction, gap: p.getBoundingClientRect().right - rightmost };
    });
  expect(layout.direction).toBe("rtl");
  expect(layout.gap).toBeLessThan(2);
  await expect(
    page.getByText("No suggestions for articles in Arabic: the claim finder reads English only."),
  ).toBeVisible();

  // mouse: the whole first sentence
  await selectText(page, FIRST);
  await page.keyboard.press("Enter");
  const card = page.getByRole("region", { name: "Claim card" });
  await expect(card.getByText(`“${FIRST}”`)).toBeVisible();
  await card.getByRole("button", { name: "Close claim card" }).click();

  // keyboard: caret before "Apple", Shift+End selects to the end of the line in logical order, Enter at once
  const from = SECOND.indexOf("شركة");
  await placeCaretInArticle(page, SECOND, from);
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Enter");
  await expect(card.getByText(`“${SECOND.slice(from)}”`)).toBeVisible();

  // a rationale with HTML readers will not see is pointed out while typing
  await card.getByLabel(/Rationale/).fill("الرقم <u>خاطئ</u> حسب الإحصاءات الرسمية.");
  await expect(card.getByText(/Readers will not see <u>: that HTML is removed/)).toBeVisible();
  await card.getByLabel(/Rationale/).fill("الرقم **خاطئ** حسب الإحصاءات الرسمية.");
  await expect(card.getByText(/Readers will not see/)).toHaveCount(0);

  await page.screenshot({ path: "test-results/article-language-arabic.png", fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // the language is shown and changeable in the details
  await page.getByRole("link", { name: "Edit text and details" }).click();
  await expect(page.getByLabel("Language", { exact: true })).toHaveValue("ar");
  await page.getByLabel("Language", { exact: true }).selectOption("es");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Details saved.")).toBeVisible();
  await page.goto(page.url().replace(/\/edit$/, ""));
  await expect(page.getByText(/^Spanish · Version 1/)).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Article text/ })).toHaveAttribute("dir", "ltr");
});
