import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { asRole, SEED_TITLE } from "./demo-accounts";

// Long jobs as a person sees them: a large import shows that it is working, the PDF is prepared with a progress
// indicator and can be cancelled. The jobs run on the server's worker pool (lib/workers).

test.use(asRole("editor"));

async function openSeedReport(page: import("@playwright/test").Page) {
  await page.goto("/articles");
  await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
  await page.getByRole("link", { name: "Report and exports" }).click();
  // 600 claims on one page take a while to render on a busy machine
  await expect(page.getByRole("navigation", { name: "Download the report" })).toBeVisible({ timeout: 60_000 });
}

test("imports a 600-claim review and downloads its PDF, prepared on the worker", async ({ page }) => {
  test.setTimeout(120_000);
  await openSeedReport(page);
  const reportPath = new URL(page.url()).pathname;
  const articleId = reportPath.split("/")[2];
  const exported = await (await page.request.get(`/api/articles/${articleId}/report?format=json`)).json();
  const claims = Array.from({ length: 600 }, (_, i) => ({
    ...exported.claims[i % exported.claims.length],
    id: `c${i}`,
  }));

  await page.goto("/articles/import");
  await page.getByLabel("File (.json)").setInputFiles({
    name: "big-review.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify({ ...exported, article: { ...exported.article, title: "Six hundred claims" }, claims }),
    ),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("button", { name: "Importing…" })).toBeDisabled();
  await page.waitForURL(/\/articles\/(?!import)[^/]+$/, { timeout: 90_000 });

  await page.getByRole("link", { name: "Report and exports" }).click();
  await expect(page.getByRole("navigation", { name: "Download the report" })).toBeVisible({ timeout: 60_000 });
  const downloadStarted = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByRole("button", { name: "PDF", exact: true }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByRole("link", { name: /^PDF ready: save .*\.pdf$/ })).toBeVisible();
});

test("cancels a large import while its claims are being saved: nothing of it appears", async ({ page }) => {
  test.setTimeout(120_000);
  await openSeedReport(page);
  const articleId = new URL(page.url()).pathname.split("/")[2];
  const exported = await (await page.request.get(`/api/articles/${articleId}/report?format=json`)).json();
  const title = `Cancelled import ${Date.now()}`;
  const claims = Array.from({ length: 3_000 }, (_, i) => ({
    ...exported.claims[i % exported.claims.length],
    id: `c${i}`,
  }));

  await page.goto("/articles/import");
  await page.getByLabel("File (.json)").setInputFiles({
    name: "cancelled-review.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...exported, article: { ...exported.article, title }, claims })),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/^\d+ of 3000 claims saved$/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel import" }).click();
  await expect(page.getByText("Import cancelled; nothing was saved.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeEnabled();

  await page.goto("/articles");
  await expect(page.getByRole("link", { name: SEED_TITLE, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("shows the PDF being prepared, announced to screen readers, and cancels it", async ({ page }) => {
  await openSeedReport(page);
  // hold the answer so the in-progress state can be looked at; the Cancel then aborts the real request
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/report\?format=pdf$/, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await page.getByRole("button", { name: "PDF", exact: true }).click();
  const live = page.locator('[aria-live="polite"]').filter({ hasText: "Preparing the PDF…" });
  await expect(live).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Preparing the PDF" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: "test-results/pdf-preparing.png" });
  await page.getByRole("button", { name: "Cancel PDF" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("PDF cancelled.")).toBeVisible();
  await expect(page.getByRole("button", { name: "PDF", exact: true })).toBeVisible();
  release();
});
