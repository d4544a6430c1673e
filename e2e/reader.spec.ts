import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { asRole } from "./demo-accounts";
import { seedReaderUrl } from "./helpers";

let readerUrl: string;
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext(asRole("reviewer"));
  readerUrl = await seedReaderUrl(await context.newPage());
  await context.close();
});

test("a reader sees the published claims with colours and labels, in reading order, and opens the Szechenyi card", async ({
  page,
}) => {
  await page.goto(readerUrl);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Trump complains about US-Japan military alliance",
  );
  const chips = page.getByRole("button", { name: /^Fact-check:/ });
  await expect(chips).toHaveCount(4);
  const labels = await chips.allTextContents();
  expect(labels.map((l) => l.replace("✓", "").trim())).toEqual([
    "Misleading",
    "Accurate",
    "Technically inaccurate",
    "Accurate",
  ]);
  await expect(page.getByRole("button", { name: /Technically inaccurate/ }).first()).toHaveCSS(
    "background-color",
    "rgb(138, 97, 0)",
  );

  // Tab reaches each highlight chip in reading order
  await page.locator("body").focus();
  const reached: string[] = [];
  for (let i = 0; i < 40 && reached.length < 4; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    if (name.startsWith("Fact-check:")) reached.push(name);
  }
  expect(reached).toHaveLength(4);
  expect(reached[2]).toContain("We have to protect them");
  await page.keyboard.press("Shift+Tab"); // back to the third chip
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Technically inaccurate");
  await expect(dialog).toContainText("Nicholas Szechenyi");
  await expect(dialog).toContainText("Center for Strategic and International Studies");
  await expect(dialog).toContainText("“technically inaccurate”");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("a deep link opens the page scrolled to the claim with its card open", async ({ page }) => {
  await page.goto(readerUrl);
  const id = (await page.getByRole("button", { name: /We have to protect them/ }).getAttribute("id"))!;
  await page.goto(`${readerUrl}#${id}`);
  await expect(page.getByRole("dialog")).toContainText("Nicholas Szechenyi");
});

test("the verdict summary filters the highlights", async ({ page }) => {
  await page.goto(readerUrl);
  await page.getByRole("button", { name: /^Accurate\s*2$/ }).click();
  await expect(page.getByRole("button", { name: /^Fact-check:/ })).toHaveCount(2);
  await page.getByRole("button", { name: /^Accurate\s*2$/ }).click();
  await expect(page.getByRole("button", { name: /^Fact-check:/ })).toHaveCount(4);
});

test("axe finds nothing on the reader page, and it works on a 360-pixel phone", async ({ page }) => {
  await page.goto(readerUrl);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole("button", { name: /We have to protect them/ }).click();
  const box = await page.getByRole("dialog").boundingBox();
  expect(box!.width).toBeLessThanOrEqual(360);
  expect(box!.y + box!.height).toBeGreaterThan(700); // a bottom sheet
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("a claim still in review appears nowhere in the HTML or the network responses", async ({ page }) => {
  const bodies: string[] = [];
  page.on("response", async (r) => {
    try {
      bodies.push(await r.text());
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(readerUrl);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: /We have to protect them/ }).click();
  const secret = "The two leaders met at the White House on 7 February 2025"; // rationale of the claim in review
  expect(bodies.some((b) => b.includes(secret))).toBe(false);
  expect(await page.content()).not.toContain(secret);
  expect(bodies.some((b) => b.includes("reviewer@example.org"))).toBe(false);
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect(JSON.parse(jsonLd!)).toHaveLength(4);
});
