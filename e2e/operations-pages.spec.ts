import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { asRole, SEED_TITLE } from "./demo-accounts";

// Issue 15: the desk warns its admins while the README's demo accounts can sign in; the site's root (the
// organization address in ClaimReview and annotations) answers readers with the published fact-checks.
test.describe("while the demo accounts exist", () => {
  test("admins see a banner naming them, with the way to remove them", async ({ browser }) => {
    const context = await browser.newContext(asRole("admin"));
    const page = await context.newPage();
    await page.goto("/settings/members");
    const banner = page.getByRole("region", { name: "Demo accounts warning" });
    await expect(banner).toContainText("admin@example.org");
    await expect(banner.getByRole("link", { name: "Settings → Members" })).toHaveAttribute("href", "/settings/members");
    await page.screenshot({ path: "test-results/demo-accounts-banner.png", fullPage: false });
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await context.close();
  });

  test("reviewers, who cannot remove members, do not", async ({ browser }) => {
    const context = await browser.newContext(asRole("reviewer"));
    const page = await context.newPage();
    await page.goto("/articles");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Demo accounts warning" })).toHaveCount(0);
    await context.close();
  });
});

test("the site's root lists the published fact-checks for a reader without an account", async ({ page }) => {
  const res = await page.goto("/");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Published fact-checks" })).toBeVisible();
  const article = page.getByRole("link", { name: SEED_TITLE });
  await expect(article).toHaveAttribute("href", /^\/r\/demo\/[^/]+$/);
  await expect(page.getByRole("link", { name: "Newsroom sign-in" })).toBeVisible();
  await page.screenshot({ path: "test-results/public-home.png", fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await article.click();
  await expect(page).toHaveURL(/\/r\/demo\//);
});

test("the browser finds the site's icon where it looks for one, and the pages name it", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an ICO file's header
  await page.goto("/signin");
  const icon = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  expect((await request.get(icon!)).status()).toBe(200);
});

test("a signed-in member opening the root goes to the desk", async ({ browser }) => {
  const context = await browser.newContext(asRole("reviewer"));
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/articles$/);
  await context.close();
});
