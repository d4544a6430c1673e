import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { asRole, SEED_TITLE } from "./demo-accounts";
import { placeCaretInArticle } from "./helpers";

// Issue 20 for the annotator: a reviewer whose interface is Arabic works on an Arabic article. The desk around the
// text is in Arabic and mirrored (the claims panel on the left of the article), the article keeps its own language
// and direction, claims made with the mouse and with the keyboard sit on exactly the selected words, and the claim is
// rated, saved and submitted in Arabic. A Spanish-speaking reviewer (browser language) gets the desk in Spanish.
const FIRST = "قال الرئيس إن معدل البطالة انخفض إلى ثلاثة في المئة في عام 2024.";
const SECOND = "وأضاف أن شركة Apple ستفتح مصنعا جديدا في البلاد العام المقبل.";
const ARTICLE = `${FIRST}\n\n${SECOND}`;

const ARTICLE_LABEL = /^نص المقال/;

/** Selects `phrase` in the article through the Selection API, as a mouse drag would (the label is translated). */
async function selectInArticle(page: Page, phrase: string) {
  const found = await page.evaluate((phrase) => {
    const root = document.querySelector('[role="textbox"][contenteditable]');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, phrase);
  expect(found, `"${phrase}" should be in one text node of the article`).toBe(true);
}

test.use(asRole("reviewer"));

test("an Arabic interface: the annotator speaks Arabic, mirrors, and claims Arabic words with the mouse and the keyboard", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const hydration: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat/i.test(message.text())) hydration.push(message.text());
  });
  // the article is added in the reviewer's usual (English) desk, then the interface language changes to Arabic
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(`البطالة ${Date.now()}`);
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);
  await page.context().addCookies([{ name: "factdesk-locale", value: "ar", url: baseURL! }]);
  await page.reload();

  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("link", { name: "المقالات" }).first()).toBeVisible();
  await expect(page.getByText(/^العربية · الإصدار 1/)).toBeVisible();
  await expect(page.getByRole("link", { name: "تعديل النص والتفاصيل" })).toBeVisible();
  await expect(
    page.getByText("لا اقتراحات للمقالات المكتوبة باللغة العربية: أداة اكتشاف الادعاءات لا تقرأ إلا الإنجليزية."),
  ).toBeVisible();
  const claimsList = page.getByRole("region", { name: "الادعاءات في هذا المقال (0)" });
  await expect(claimsList).toContainText("لا توجد ادعاءات بعد.");

  // the article keeps its own language; the desk around it is mirrored: the claims panel is on the left
  const text = page.getByRole("textbox", { name: ARTICLE_LABEL });
  await expect(text).toHaveAttribute("lang", "ar");
  await expect(text).toHaveAttribute("dir", "rtl");
  const panel = page.getByRole("complementary", { name: "الادعاءات" });
  const [textBox, panelBox] = [await text.boundingBox(), await panel.boundingBox()];
  expect(panelBox!.x + panelBox!.width).toBeLessThanOrEqual(textBox!.x + 1);

  // mouse: select the first sentence, click the "Add claim" button that appears under the end of the selection
  await selectInArticle(page, FIRST);
  const add = page.getByRole("button", { name: /^إضافة ادعاء/ });
  await expect(add).toBeVisible();
  const addBox = (await add.boundingBox())!;
  expect(addBox.x).toBeGreaterThanOrEqual(textBox!.x - 1);
  expect(addBox.x + addBox.width).toBeLessThanOrEqual(textBox!.x + textBox!.width + 1);
  await add.click();
  const card = page.getByRole("region", { name: "بطاقة الادعاء" });
  await expect(card.getByText(`«${FIRST}»`)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "أُضيف الادعاء. امنحه حكمًا في اللوحة." })).toBeVisible();
  // the highlight covers exactly the selected words
  await expect(text.locator("mark[data-claim-ids]")).toHaveText(FIRST);
  await card.getByRole("button", { name: "إغلاق بطاقة الادعاء" }).click();

  // keyboard: caret before "شركة", Shift+End selects to the end of the line in logical order, Enter adds the claim
  const from = SECOND.indexOf("شركة");
  await text.focus();
  await placeCaretInArticle(page, SECOND, from);
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Enter");
  await expect(card.getByText(`«${SECOND.slice(from)}»`)).toBeVisible();
  await expect(page.getByRole("region", { name: "الادعاءات في هذا المقال (2)" })).toBeVisible();
  await expect(text.locator("mark[data-claim-ids]")).toHaveText([FIRST, SECOND.slice(from)]);

  // rate it, save it, submit it: every word of the card in Arabic
  await expect(card.getByRole("heading", { name: "الادعاء", exact: true })).toBeVisible();
  await expect(card.getByText("مسودة", { exact: true })).toBeVisible();
  await card.getByLabel("صاحب الادعاء").fill("وزير الاقتصاد");
  const verdicts = card.getByRole("group", { name: "الحكم" });
  await expect(verdicts.getByRole("radio", { name: "لا حكم بعد" })).toBeChecked();
  await verdicts.getByRole("radio").first().check();
  await card.getByLabel(/^التعليل/).fill("الرقم الرسمي **3.9** في المئة وفق هيئة الإحصاء.");
  await expect(card.getByText("تغييرات غير محفوظة")).toBeVisible();
  await expect(card.getByRole("button", { name: "إرسال للمراجعة" })).toBeDisabled();
  await expect(card.getByText("احفظ تغييراتك أولًا.")).toBeVisible();
  await card.getByRole("button", { name: "حفظ الادعاء" }).click();
  // the time of day with Western digits, as formatDate writes Arabic numbers
  await expect(card.getByText(/^حُفظ في \d{2}:\d{2}( [صم])? UTC$/)).toBeVisible();
  await expect(card.getByRole("group", { name: "الأدلة (0)" })).toBeVisible();
  await expect(card.getByRole("heading", { name: "تم التحقق منه سابقًا" })).toBeVisible();
  await expect(card.getByRole("heading", { name: "النقاش" })).toBeVisible();
  await expect(card.getByText("لا تعليقات بعد.", { exact: false })).toBeVisible();

  await panel.evaluate((aside) => aside.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/annotator-language-arabic.png" });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await card.getByRole("button", { name: "إرسال للمراجعة" }).click();
  await expect(card.getByText("قيد المراجعة", { exact: true })).toBeVisible();
  await expect(card.getByText("بانتظار اعتماد محرر.")).toBeVisible();

  // the history is written in Arabic on the server
  await card.getByRole("button", { name: "السجل" }).click();
  const history = card.getByRole("list", { name: "التغييرات على هذا الادعاء، من الأحدث إلى الأقدم" });
  await expect(history.getByRole("listitem").first()).toContainText("نقل الادعاء من «مسودة» إلى «قيد المراجعة»");
  await expect(history).toContainText("غيّر الحكم والتعليل وصاحب الادعاء");
  await expect(history).toContainText("أنشأ الادعاء");

  // the claims list offers the bulk steps in Arabic
  const list = page.getByRole("region", { name: "الادعاءات في هذا المقال (2)" });
  await list.getByRole("checkbox").first().check();
  const bar = list.getByRole("group", { name: "إجراءات جماعية" });
  await expect(bar).toContainText("حُدِّد ادعاء واحد");
  await expect(bar.getByRole("button", { name: "مسح التحديد (مفتاح Esc)" })).toBeVisible();
  await list.screenshot({ path: "test-results/annotator-language-arabic-list.png" });
  expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);
  // the server and the browser wrote the same Arabic words, dates and numbers
  expect(hydration).toEqual([]);
});

test.describe("an Arabic editor", () => {
  test.use(asRole("editor"));

  test("publishes from an Arabic dialog", async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "factdesk-locale", value: "ar", url: baseURL! }]);
    await page.goto("/articles");
    await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByText(/الإنجليزية · الإصدار \d+/)).toBeVisible();
    await expect(page.getByRole("link", { name: "عرض القارئ" })).toBeVisible();
    await page.getByRole("button", { name: "نشر…" }).click();
    const dialog = page.getByRole("dialog", { name: "نشر هذا المقال" });
    await expect(dialog.getByText("يحتفظ القراء بما يرونه الآن إلى أن تنشر.", { exact: false })).toBeVisible();
    await expect(dialog.getByRole("button", { name: "انشر الآن" })).toBeEnabled();
    expect((await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations).toEqual([]);
    await dialog.getByRole("button", { name: "إغلاق" }).first().click();
    await expect(dialog).toBeHidden();
  });
});

test.describe("a Spanish browser", () => {
  test.use({ locale: "es-MX" });

  test("gets the annotator in Spanish", async ({ page }) => {
    await page.goto("/articles");
    await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("textbox", { name: /^Texto del artículo/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Editar texto y datos" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Informe y exportaciones" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Afirmaciones de este artículo \(\d+\)$/ })).toBeVisible();
    await expect(page.getByText(/Inglés · Versión \d+/)).toBeVisible();
    await page
      .getByRole("region", { name: /^Afirmaciones de este artículo/ })
      .getByRole("listitem")
      .first()
      .getByRole("button")
      .click();
    const card = page.getByRole("region", { name: "Ficha de la afirmación" });
    await expect(card.getByRole("button", { name: "Guardar afirmación" })).toBeVisible();
    await expect(card.getByRole("group", { name: "Veredicto" })).toBeVisible();
    await expect(card.getByRole("heading", { name: "Conversación" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Historial" })).toBeVisible();
    expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);
  });
});
