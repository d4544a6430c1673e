import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { asRole } from "./demo-accounts";

// Issue 17: the Articles list pages with Next/Previous, shows the count, and its URL keeps the filter and sort.
// 60 articles of one outlet of this run go into the demo organization (changed in 2001: they sort after everything
// the other specs make, so those still find their articles on the first page), and are removed afterwards.
const databaseUrl = process.env.E2E_DATABASE_URL;
const OUTLET = `Paging Gazette ${Date.now().toString(36)}`;
const ROWS = 60;
const title = (i: number) => `Paging test ${String(i).padStart(2, "0")}`;

test.describe("the Articles list at more than a page", () => {
  test.skip(!databaseUrl, "needs a PostgreSQL server to add rows: set E2E_DATABASE_URL");
  test.use(asRole("reviewer"));

  test.beforeAll(async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(
      `INSERT INTO "Article" ("id", "orgId", "title", "outlet", "status", "publishedAt", "createdById", "createdAt", "updatedAt")
       SELECT 'e2e-paging-' || $1 || '-' || g, o."id", 'Paging test ' || lpad(g::text, 2, '0'), $2,
         CASE WHEN g % 2 = 0 THEN 'PUBLISHED' ELSE 'DRAFT' END::"ArticleStatus",
         CASE WHEN g % 2 = 0 THEN TIMESTAMP '2002-01-01' - g * INTERVAL '1 day' END,
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

  test("Next and Previous page through the filtered list; the URL keeps the filter", async ({ page }) => {
    await page.goto("/articles");
    const filters = page.getByRole("search", { name: "Filter articles" });
    await filters.getByLabel("Outlet").selectOption(OUTLET);
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/outlet=Paging/);
    const pager = page.getByRole("navigation", { name: "Article pages" }).first();
    const rows = page.getByRole("table").getByRole("row");
    await expect(pager).toContainText(`Showing 1–50 of ${ROWS} articles`);
    await expect(rows).toHaveCount(51); // and the header row
    await expect(rows.nth(1)).toContainText(title(60)); // last changed first
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: "test-results/articles-list.png" }); // docs/screenshots/articles-list.png

    await pager.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/after=/);
    expect(new URL(page.url()).searchParams.get("outlet")).toBe(OUTLET);
    await expect(pager).toContainText(`Showing 51–60 of ${ROWS} articles`);
    await expect(rows).toHaveCount(11);
    await expect(rows.nth(1)).toContainText(title(10));
    await expect(rows.last()).toContainText(title(1));
    await expect(pager.getByRole("link", { name: "Next" })).toHaveCount(0);

    await pager.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(/before=/);
    expect(new URL(page.url()).searchParams.get("outlet")).toBe(OUTLET);
    await expect(pager).toContainText(`Showing 1–50 of ${ROWS} articles`);
    await expect(rows.nth(1)).toContainText(title(60));
    await expect(pager.getByRole("link", { name: "Previous" })).toHaveCount(0);
  });

  test("sorting by fact-check date keeps the filter, puts unpublished ones last, and pages on that order", async ({
    page,
  }) => {
    await page.goto(`/articles?${new URLSearchParams({ outlet: OUTLET })}`);
    await page.getByRole("link", { name: "Fact-check last published" }).click();
    await expect(page).toHaveURL(/sort=fact-check-published/);
    expect(new URL(page.url()).searchParams.get("outlet")).toBe(OUTLET);
    await expect(page.getByRole("columnheader", { name: /Fact-check last published/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toContainText(title(2)); // published 30 Dec 2001, the latest
    await expect(rows.nth(1)).toContainText("30 Dec 2001");
    await page.getByRole("navigation", { name: "Article pages" }).first().getByRole("link", { name: "Next" }).click();
    await expect(rows.last()).toContainText("Not yet");
    await expect(page.getByRole("navigation", { name: "Article pages" }).first()).toContainText(
      `Showing 51–60 of ${ROWS} articles`,
    );
  });

  test("a damaged page link shows the first page with a note, not an error", async ({ page }) => {
    const res = await page.goto(
      `/articles?${new URLSearchParams({ outlet: OUTLET, after: "not-a-cursor", sort: "nope" })}`,
    );
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "page link is out of date" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Ignored sort" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Article pages" }).first()).toContainText(
      `Showing 1–50 of ${ROWS} articles`,
    );
  });
});

test.describe("the other paged lists", () => {
  test.use(asRole("editor"));

  test("search results, My work and the expert directory show their totals and stay accessible", async ({ page }) => {
    await page.goto("/search?q=Japan");
    await expect(page.getByRole("navigation", { name: "Result pages" }).first()).toContainText(/\d+ claims?/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    const damaged = await page.goto("/search?q=Japan&after=broken");
    expect(damaged?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "page link is out of date" })).toBeVisible();

    await page.goto("/my-work");
    await expect(page.getByRole("heading", { name: /Everything in review \(\d+\)/ })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.goto("/experts");
    await expect(page.getByRole("navigation", { name: "Expert pages" }).first()).toContainText(/\d+ experts?/);
  });
});
