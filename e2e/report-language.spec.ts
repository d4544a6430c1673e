import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./demo-accounts";
import { openSeedArticle } from "./helpers";
import { baseURL } from "../playwright.config";

// Rating scales, the review report and the exports page in the member's interface language. The language comes from
// the "factdesk-locale" cookie (the demo accounts have no language of their own), so other specs are not affected.
test.use(asRole("admin"));

async function seedArticleId(page: Page): Promise<string> {
  await openSeedArticle(page);
  const id = /\/articles\/([^/?#]+)$/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id!;
}

const speak = (page: Page, locale: "ar" | "es") =>
  page.context().addCookies([{ name: "factdesk-locale", value: locale, url: baseURL }]);

test("the review report reads in Arabic, mirrored, with the scale's Arabic labels", async ({ page }) => {
  const id = await seedArticleId(page);
  await speak(page, "ar");
  await page.goto(`/articles/${id}/report`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { name: "الأحكام" })).toBeVisible();
  await expect(page.getByText("الادعاءات بترتيب ورودها")).toBeVisible();
  // other specs add claims to the seed article: there may be more than one misleading claim, and more claims
  await expect(page.getByText("الحكم: مضلل").first()).toBeVisible();
  await expect(page.getByText(/^في هذه المراجعة /).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "طباعة" })).toBeVisible();
  // the quote keeps the article's language and direction (English here): its verdict bar is where its lines start
  const quote = page.locator("blockquote").first();
  await expect(quote).toHaveAttribute("lang", "en");
  await expect(quote).toHaveAttribute("dir", "ltr");
  const bar = await quote.evaluate((q) => ({
    left: getComputedStyle(q).borderLeftWidth,
    right: getComputedStyle(q).borderRightWidth,
  }));
  expect(bar).toEqual({ left: "4px", right: "0px" });
  // the report's own column is mirrored: its labels (dt) sit right of their values (dd)
  const label = await page.locator("header dt").first().boundingBox();
  const value = await page.locator("header dd").first().boundingBox();
  expect(label!.x).toBeGreaterThan(value!.x);
  // the downloads sit at the start (right) of the page's width, the print button after them
  const downloads = await page.getByRole("navigation", { name: "تنزيل التقرير" }).boundingBox();
  const print = await page.getByRole("button", { name: "طباعة" }).boundingBox();
  expect(print!.x).toBeLessThan(downloads!.x);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: "test-results/report-arabic.png", fullPage: false });
});

test("rating scales show and edit the labels per language, in Arabic", async ({ page }) => {
  await speak(page, "ar");
  await page.goto("/settings/scales");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "مقاييس التقييم", level: 1 })).toBeVisible();
  const five = page.getByRole("region", { name: /Five-level accuracy scale/ });
  await expect(five.getByText("مضلل")).toBeVisible();
  await five.getByRole("button", { name: /^تعديل/ }).click();
  await five.getByText(/تسميات «Accurate» بلغات أخرى/).click();
  await expect(five.getByLabel("التسمية باللغة العربية للخيار 1")).toHaveValue("دقيق");
  await expect(five.getByLabel("التسمية باللغة الإسبانية للخيار 1")).toHaveValue("Exacto");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: "test-results/scales-arabic.png", fullPage: false });
});

test("the report and the exports page in Spanish", async ({ page }) => {
  const id = await seedArticleId(page);
  await speak(page, "es");
  await page.goto(`/articles/${id}/report`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByText("Veredicto: Engañoso").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Veredictos" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto("/exports");
  await expect(page.getByRole("heading", { name: "Exportaciones", level: 1 })).toBeVisible();
  await expect(page.getByRole("form", { name: "Exportar revisiones" })).toBeVisible();
  await expect(page.getByRole("option", { name: "Engañoso" }).first()).toBeAttached();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
