import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "./demo-accounts";
import { ARABIC_CLAIMS, ARABIC_TEXT, ARABIC_TITLE } from "./fixtures/arabic-desk-data";

// Readers get the organization's public language (issue 20): an organization whose public language is Arabic has
// its reader page, the publisher embed's chips and cards mirrored and in Arabic; an article published with Spanish
// for its readers overrides it. The organization and its Arabic article come from e2e/fixtures/arabic-desk.ts.
const databaseUrl = process.env.E2E_DATABASE_URL;
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
let fixture: { slug: string; articleId: string; claims: string[] };

type Box = { x: number; y: number; width: number; height: number };
const box = async (locator: Locator): Promise<Box> => (await locator.boundingBox())!;

/**
 * Where a claim's chip sits against the claim's highlighted text: in right-to-left reading order the chip follows the
 * claim's last character, so it is on the left of the claim's text on the same line, or starts the next line at the
 * right edge. Returns what failed, or null.
 */
async function chipFollowsClaim(page: Page, markSelector: string, chipSelector: string): Promise<string | null> {
  return page.evaluate(
    ([markSel, chipSel]) => {
      const rects = [...document.querySelectorAll(markSel)].flatMap((m) => [...m.getClientRects()]);
      const chip = document.querySelector(chipSel)!.getBoundingClientRect();
      const middle = chip.top + chip.height / 2;
      const sameLine = rects.filter((r) => r.top <= middle && r.bottom >= middle);
      const describe = () => JSON.stringify({ chip, rects: rects.map((r) => [r.left, r.right, r.top]) });
      if (sameLine.length) {
        const leftmost = Math.min(...sameLine.map((r) => r.left));
        return chip.right <= leftmost + 2 ? null : `the chip is not on the left of its claim: ${describe()}`;
      }
      const block = (document.querySelector(chipSel)!.closest("p") ?? document.body).getBoundingClientRect();
      const lastTop = Math.max(...rects.map((r) => r.top));
      return chip.top > lastTop && chip.right >= block.right - 24
        ? null
        : `the chip neither follows its claim on its line nor starts the next line at the right: ${describe()}`;
    },
    [markSelector, chipSelector] as const,
  );
}

test.describe("readers' language", () => {
  test.skip(!databaseUrl, "needs a PostgreSQL server for the Arabic organization: set E2E_DATABASE_URL");

  test.beforeAll(() => {
    const out = execFileSync("npx", ["tsx", "--conditions=react-server", "e2e/fixtures/arabic-desk.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    fixture = JSON.parse(out.trim().split("\n").pop()!);
  });

  test("an Arabic organization's reader page is right to left, in Arabic, chips and cards on the right side", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/r/${fixture.slug}/${fixture.articleId}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByText("مقال مدقق", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "تم تدقيق ادعاءين" })).toBeVisible();
    await expect(page.getByRole("link", { name: "انتقل إلى المقال" })).toBeAttached();
    await page.screenshot({ path: test.info().outputPath("reader-arabic.png") });
    await expect(page.getByText("دققته مرصد التحقق، ونُشر في 8 مارس 2025.")).toBeVisible();

    // mirrored: the verdict summary sits on the left of the article, which starts at the right
    const article = await box(page.locator("#article"));
    const summary = await box(page.locator(".summary-box"));
    expect(summary.x + summary.width).toBeLessThanOrEqual(article.x + 1);
    // each chip follows its claim in Arabic reading order: on the left of the claim's last line
    for (const id of fixture.claims) {
      expect(await chipFollowsClaim(page, `mark[data-open-claim="${id}"]`, `#claim-${id}`)).toBeNull();
    }
    const chip = page.locator(`#claim-${fixture.claims[0]}`);
    await expect(chip).toHaveAccessibleName(`تدقيق: «${ARABIC_CLAIMS[0].quote}» حكمه مضلل. افتح الأدلة.`);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // the card: Arabic headings and dates, the close button at the start of its head (the left, in Arabic)
    await chip.click();
    const dialog = page.locator("dialog.card-dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("heading", { name: "التعليل" })).toBeVisible();
    await expect(dialog.getByRole("heading", { name: "الأدلة" })).toBeVisible();
    await expect(dialog.getByText("ادعاء من الرئيس · 6 مارس 2025 · خطاب أمام البرلمان")).toBeVisible();
    const close = dialog.getByRole("button", { name: "إغلاق" });
    await expect(close).toBeFocused();
    expect((await box(close)).x).toBeLessThan((await box(dialog.locator(".pill"))).x);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: test.info().outputPath("reader-arabic-card.png") });
    await page.keyboard.press("Escape");
    await expect(chip).toBeFocused();
  });

  test("an article published with Spanish for its readers overrides the organization's language", async ({ page }) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const setReaderLanguage = (language: string | null) =>
      client.query(
        `UPDATE "Article" SET "publishedMeta" = jsonb_set("publishedMeta", '{readerLanguage}', to_jsonb($2::text))
         WHERE "id" = $1`,
        [fixture.articleId, language],
      );
    try {
      await setReaderLanguage("es");
      await page.goto(`/r/${fixture.slug}/${fixture.articleId}`);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
      await expect(page.getByRole("heading", { name: "2 afirmaciones verificadas" })).toBeVisible();
      await expect(page.getByText("Artículo verificado", { exact: true })).toBeVisible();
      // the article itself stays Arabic, right to left
      await expect(page.locator("#article")).toHaveAttribute("dir", "rtl");
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    } finally {
      await setReaderLanguage(null);
      await client.end();
    }
    await page.goto(`/r/${fixture.slug}/${fixture.articleId}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  });

  test("the embed on an Arabic publisher's page: Arabic chips after their claims, the card and panel mirrored", async ({
    page,
  }) => {
    // the publisher's page: the article in its own markup, the second claim's sentence rewritten (cannot be placed)
    const paragraphs = ARABIC_TEXT.split("\n")
      .map((line) => line.replace("، وأن الاستثمارات الأجنبية تضاعفت خلال عامين", ""))
      .map((line) => `<p>${line}</p>`)
      .join("\n");
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صحيفة المثال</title></head>
      <body><main><h1>${ARABIC_TITLE}</h1>${paragraphs}</main>
      <script src="${APP}/embed/factdesk.js" data-factdesk-org="${fixture.slug}" data-factdesk-article="${fixture.articleId}" async></script>
      </body></html>`;
    const server: Server = createServer((_req, res) =>
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await expect(page.locator("fd-chip")).toHaveCount(1);
      await page.screenshot({ path: test.info().outputPath("embed-arabic.png") });
      const chip = page.locator(`fd-chip[data-claim="${fixture.claims[0]}"]`);
      await expect(chip).toHaveText("مضلل");
      await expect(chip).toHaveAccessibleName(`تدقيق: «${ARABIC_CLAIMS[0].quote}» حكمه مضلل. افتح الأدلة.`);
      expect(await chipFollowsClaim(page, `fd-mark[data-claim~="${fixture.claims[0]}"]`, "fd-chip")).toBeNull();

      // the claim that could not be placed: the panel, in Arabic, at the inline end (the left edge, in Arabic)
      const panel = page.locator("factdesk-overlay .panel");
      await expect(panel).toHaveAttribute("dir", "rtl");
      await expect(panel.getByText("تعذّر وضع ادعاء مدقق واحد في هذه الصفحة")).toBeVisible();
      const panelBox = await box(panel);
      expect(panelBox.x).toBeLessThan(40);
      expect(panelBox.x + panelBox.width).toBeLessThan(640);
      await expect(page.getByRole("region", { name: "نتائج تدقيق مرصد التحقق" })).toBeVisible();

      await chip.click();
      const card = page.getByRole("dialog");
      await expect(card).toHaveAttribute("dir", "rtl");
      await expect(card.getByRole("heading", { name: "التعليل" })).toBeVisible();
      await expect(card.getByText("مجموعة بيانات")).toBeVisible();
      await expect(card.getByRole("link", { name: "اقرأ التدقيق الكامل من مرصد التحقق" })).toBeVisible();
      const close = card.getByRole("button", { name: "إغلاق" });
      await expect(close).toBeFocused();
      // the head is mirrored: the verdict at the right, the close button at the left
      expect((await box(close)).x).toBeLessThan((await box(card.locator(".pill"))).x);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await page.screenshot({ path: test.info().outputPath("embed-arabic-card.png") });
      await page.keyboard.press("Escape");
      await expect(chip).toBeFocused();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test("an admin reads Settings → Public pages and embed in Arabic or Spanish and sets the public language", async ({
    browser,
  }) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const admin = "admin@arabic-desk.example";
    const language = (value: string | null) =>
      client.query(`UPDATE "User" SET "interfaceLanguage" = $2 WHERE "email" = $1`, [admin, value]);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      await language("ar");
      const page = await context.newPage();
      const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
      const signIn = await page.request.post("/api/auth/callback/credentials", {
        form: { email: admin, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/articles" },
      });
      expect(signIn.ok()).toBeTruthy();
      await page.goto("/settings/embed");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.getByRole("heading", { name: "الصفحات العامة والتضمين", level: 1 })).toBeVisible();
      await expect(page.getByRole("radio", { name: "العربية" })).toBeChecked();
      await expect(page.getByLabel("نطاقات الناشرين")).toHaveValue("127.0.0.1");
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await page.screenshot({ path: test.info().outputPath("settings-embed-arabic.png"), fullPage: true });

      // Spanish for the admin; the organization's readers get Spanish, then Arabic again
      await language("es");
      await page.goto("/settings/embed");
      await expect(page.getByRole("heading", { name: "Páginas públicas e inserción", level: 1 })).toBeVisible();
      await page.getByRole("radio", { name: "Español" }).check();
      await page.getByRole("button", { name: "Guardar idioma público" }).click();
      await expect(page.getByText("Guardado: los lectores ahora ven español.")).toBeVisible();
      const reader = await context.newPage();
      await reader.goto(`/r/${fixture.slug}/${fixture.articleId}`);
      await expect(reader.locator("html")).toHaveAttribute("lang", "es");
      await expect(reader.getByText("Artículo verificado", { exact: true })).toBeVisible();
      await page.getByRole("radio", { name: "Árabe (العربية)" }).check();
      await page.getByRole("button", { name: "Guardar idioma público" }).click();
      await expect(page.getByText("Guardado: los lectores ahora ven árabe.")).toBeVisible();
      await reader.reload();
      await expect(reader.locator("html")).toHaveAttribute("lang", "ar");
    } finally {
      await context.close();
      await language(null);
      await client.end();
    }
  });
});
