import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { asRole } from "./demo-accounts";

// Issue 20: the Articles list, the new-article form and search in Arabic (mirrored, Arabic plurals) and Spanish, and
// an article's reader page language chosen on the form. The demo reviewer has no interface language of their own, so
// the language cookie decides for this spec alone (lib/members/request-locale.ts). 60 articles of one outlet of this
// run page the list (changed in 2001: they sort after what other specs make) and are removed afterwards.
const databaseUrl = process.env.E2E_DATABASE_URL;
const OUTLET = `Paging Courier ${Date.now().toString(36)}`;
const ROWS = 60;

test.use(asRole("reviewer"));

async function speak(page: Page, locale: "ar" | "es") {
  await page.context().addCookies([{ name: "factdesk-locale", value: locale, url: test.info().project.use.baseURL! }]);
}
const axe = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

test.describe("the desk in Arabic", () => {
  test.skip(!databaseUrl, "needs a PostgreSQL server to add rows: set E2E_DATABASE_URL");

  test.beforeAll(async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(
      `INSERT INTO "Article" ("id", "orgId", "title", "outlet", "status", "createdById", "createdAt", "updatedAt")
       SELECT 'e2e-lists-' || $1 || '-' || g, o."id", 'مقال للتجربة ' || lpad(g::text, 2, '0'), $2, 'DRAFT',
         u."id", TIMESTAMP '2001-01-01', TIMESTAMP '2001-01-01' + g * INTERVAL '1 minute'
       FROM generate_series(1, ${ROWS}) g, "Organization" o, "User" u
       WHERE o."slug" = 'demo' AND u."email" = 'reviewer@example.org'`,
      [Date.now().toString(36), OUTLET],
    );
    await client.end();
  });
  test.afterAll(async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DELETE FROM "Article" WHERE "outlet" = $1`, [OUTLET]);
    await client.end();
  });

  test.beforeEach(async ({ page }) => speak(page, "ar"));

  test("the Articles list is mirrored, filters and pages in Arabic, with Arabic plurals", async ({ page }) => {
    await page.goto("/articles");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page).toHaveTitle(/المقالات/);
    const heading = page.getByRole("heading", { level: 1, name: "المقالات" });
    const add = page.getByRole("link", { name: "إضافة مقال" });
    await expect(heading).toBeVisible();
    // mirrored: the heading starts on the right, the button to add an article sits on the left
    const [h, a] = [await heading.boundingBox(), await add.boundingBox()];
    expect(a!.x + a!.width).toBeLessThan(h!.x);

    const filters = page.getByRole("search", { name: "تصفية المقالات" });
    await filters.getByLabel("الوسيلة الإعلامية").selectOption(OUTLET);
    await expect(filters.getByLabel("الترتيب حسب")).toContainText("آخر تغيير");
    await filters.getByRole("button", { name: "تطبيق" }).click();
    await expect(page).toHaveURL(/outlet=Paging/);

    const pager = page.getByRole("navigation", { name: "صفحات المقالات", exact: true });
    await expect(pager).toContainText("عرض 1–50 من 60 مقالًا"); // 60: the "many" form
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader", { name: "الادعاءات حسب الحكم" })).toBeVisible();
    await expect(table.getByRole("cell", { name: /مقال للتجربة 60/ })).toContainText("لا ادعاءات"); // 0: "zero"
    await expect(table.getByText("مسودة").first()).toBeVisible();
    await expect(table.getByText("لا ادعاءات بعد").first()).toBeVisible();
    await axe(page);
    await page.screenshot({ path: test.info().outputPath("articles-ar.png"), fullPage: true });

    await pager.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/after=/);
    await expect(page.getByRole("navigation", { name: "صفحات المقالات", exact: true })).toContainText(
      "عرض 51–60 من 60 مقالًا",
    );

    // a filter that matches one article: the "one" form, and an empty result says so in Arabic
    await page.goto(`/articles?q=${encodeURIComponent("مقال للتجربة 07")}`);
    await expect(page.getByRole("navigation", { name: "صفحات المقالات", exact: true })).toContainText("مقال واحد");
    await page.goto("/articles?q=zzzz-nothing-matches");
    await expect(page.getByText("لا يوجد مقال يطابق عوامل التصفية هذه.")).toBeVisible();
  });

  test("the new-article form is in Arabic and keeps the reader page language chosen for the article", async ({
    page,
  }) => {
    await page.goto("/articles/new");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "إضافة مقال" })).toBeVisible();
    await expect(page.getByRole("tab", { name: "لصق" })).toBeVisible();
    const reader = page.getByLabel("لغة صفحة القراء");
    await expect(reader.locator("option").first()).toHaveText("لغة المؤسسة (الإنجليزية)");
    await expect(reader.locator('option[value="es"]')).toHaveText("Español");
    await axe(page);
    await page.screenshot({ path: test.info().outputPath("new-article-ar.png"), fullPage: true });

    const title = `لغة القراء ${Date.now()}`;
    await page.getByLabel("العنوان").fill(title);
    await page.getByLabel("نص المقال").fill("The minister said the bridge would reopen in May, two months late.");
    await reader.selectOption("es");
    await page.getByRole("button", { name: "إضافة المقال" }).click();
    await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);
    await page.goto(`${new URL(page.url()).pathname}/edit`);
    await expect(page.getByRole("heading", { level: 1, name: `تعديل «${title}»` })).toBeVisible();
    const details = page.getByRole("form", { name: "بيانات المقال" });
    await expect(details.getByLabel("لغة صفحة القراء")).toHaveValue("es");
    await details.getByLabel("لغة صفحة القراء").selectOption("");
    await details.getByRole("button", { name: "حفظ البيانات" }).click();
    await expect(details.getByText("حُفظت البيانات.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("form", { name: "بيانات المقال" }).getByLabel("لغة صفحة القراء")).toHaveValue("");
    await axe(page);
  });

  test("search answers in Arabic", async ({ page }) => {
    await page.goto("/search?q=Japan");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "البحث" })).toBeVisible();
    const form = page.getByRole("search", { name: "البحث في الادعاءات" });
    await expect(form.getByLabel("الحالة")).toContainText("قيد المراجعة");
    const results = page.getByRole("region", { name: /يطابق «Japan»|تطابق «Japan»|يطابقان «Japan»/ });
    await expect(results).toBeVisible();
    await expect(results.getByText(/وُجد في: /).first()).toBeVisible();
    await axe(page);

    await page.goto("/search?q=zzzz-nothing-matches");
    await expect(page.getByText("لا يوجد ادعاء يطابق «zzzz-nothing-matches».")).toBeVisible();
  });
});

test("the desk in Spanish", async ({ page }) => {
  await speak(page, "es");
  await page.goto("/articles");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1, name: "Artículos" })).toBeVisible();
  await expect(
    page.getByRole("search", { name: "Filtrar artículos" }).getByRole("button", { name: "Aplicar" }),
  ).toBeVisible();
  await page.goto("/articles/new");
  await expect(page.getByRole("heading", { level: 1, name: "Agregar un artículo" })).toBeVisible();
  await expect(page.getByLabel("Idioma de la página para lectores").locator("option").first()).toHaveText(
    "Idioma de la organización (inglés)",
  );
  await page.goto("/search?q=Japan");
  await expect(page.getByRole("search", { name: "Buscar afirmaciones" })).toBeVisible();
  await axe(page);
});

test.describe("the overview in Arabic", () => {
  test.use(asRole("editor"));

  test("its charts, sentences and tables are in Arabic, and the charts are mirrored", async ({ page }) => {
    await speak(page, "ar");
    await page.goto("/overview");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "نظرة عامة" })).toBeVisible();
    const states = page.getByRole("region", { name: "الادعاءات حسب الحالة" });
    await expect(states).toContainText(/^.*من أصل \d+ ادعاء/);
    await states.getByText("عرض البيانات في جدول").click();
    await expect(states.getByRole("columnheader", { name: "الحالة" })).toBeVisible();
    await expect(states.getByRole("rowheader", { name: "قيد المراجعة" })).toBeVisible();
    await expect(page.getByRole("region", { name: "عبء المدققين: الادعاءات المفتوحة المُسنَدة" })).toBeVisible();
    // mirrored: a bar's label is drawn to the right of its bar
    const chart = states.locator("svg");
    const label = await chart.locator("text").first().boundingBox();
    const track = await chart.locator("rect").first().boundingBox();
    expect(label!.x).toBeGreaterThan(track!.x + track!.width - 1);
    await axe(page);
    await page.screenshot({ path: test.info().outputPath("overview-ar.png"), fullPage: true });
  });
});
