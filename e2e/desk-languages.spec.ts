import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { asRole, SEED_TITLE } from "./demo-accounts";

// Issue 20, the desk's frame in the member's or visitor's language: the sign-in pages follow the browser's
// Accept-Language and the language menu (a cookie), and a member who chooses Arabic gets the header, navigation,
// user menu, notifications bell and settings pages in Arabic, mirrored.

const PASSWORD = "a-long-enough-password";
const databaseUrl = process.env.E2E_DATABASE_URL;

/** A group of 3 approvals by Erin Editor on the seed article for `email`, as lib/notifications writes it (English). */
async function approvalsFor(email: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Notification" ("id", "orgId", "userId", "actorId", "kind", "articleId", "message", "subject", "count")
       SELECT 'n-' || md5(random()::text), m."orgId", u.id, e.id, 'approval', a.id, 'Erin Editor approved 3 claims',
              'Who makes these deals?', 3
         FROM "User" u JOIN "Membership" m ON m."userId" = u.id
         JOIN "User" e ON e.email = 'editor@example.org'
         JOIN "Article" a ON a."orgId" = m."orgId" AND a.title = $2
        WHERE u.email = $1`,
      [email, SEED_TITLE],
    );
  } finally {
    await client.end();
  }
}

async function axeClean(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

// `locale` makes Chromium send it as Accept-Language (an extra header alone is replaced by the browser's own)
async function visitor(browser: Browser, locale = "en-GB"): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale });
  return context.newPage();
}

test("the sign-in page follows Accept-Language, and the language menu switches it to Arabic, right to left", async ({
  browser,
}) => {
  const page = await visitor(browser, "es-MX");
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { name: "Inicia sesión en FactDesk" })).toBeVisible();
  await expect(page.getByLabel("Correo electrónico")).toBeVisible();
  await expect(page.getByRole("button", { name: "Iniciar sesión" })).toBeVisible();
  await expect(page).toHaveTitle(/Iniciar sesión/);
  await axeClean(page);

  const menu = page.getByRole("form", { name: "Idioma" });
  await expect(menu.getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");
  await menu.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { name: "تسجيل الدخول إلى FactDesk" })).toBeVisible();
  await expect(page.getByLabel("البريد الإلكتروني")).toBeVisible();
  await expect(page.getByLabel("كلمة المرور")).toBeVisible();
  // the page's title follows the switch a moment after its body (metadata is streamed): axe checks the page as it settles
  await expect(page).toHaveTitle(/تسجيل الدخول/);
  await axeClean(page);

  // the choice is the visitor's cookie: it outlives a reload and reaches the other pages before signing in
  const cookie = (await page.context().cookies()).find((c) => c.name === "factdesk-locale");
  expect(cookie).toMatchObject({ value: "ar", sameSite: "Lax", httpOnly: true });
  expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(360 * 24 * 3600);
  await page.getByRole("link", { name: "نسيت كلمة المرور؟" }).click();
  await expect(page.getByRole("heading", { name: "هل نسيت كلمة المرور؟" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.screenshot({ path: "test-results/forgot-password-ar.png", fullPage: true });

  // and back to English, left to right
  await page.getByRole("form", { name: "اللغة" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.context().close();
});

test.describe("an Arabic member", () => {
  test.use(asRole("admin"));

  test("sees the header, navigation, user menu, bell and settings in Arabic, mirrored", async ({ page, browser }) => {
    test.setTimeout(90_000);
    // a member of their own (an admin, to see the settings), so no other spec's accounts change language
    const email = `arabic-admin-${Date.now()}@example.org`;
    await page.goto("/settings/members");
    const form = page.getByRole("form", { name: "Invite a member" });
    await form.getByLabel("E-mail").fill(email);
    await form.getByLabel("Role").selectOption("ADMIN");
    await form.getByRole("button", { name: "Send invitation" }).click();
    const link = await page.getByLabel(`Invitation link for ${email}`).inputValue();

    const member = await visitor(browser);
    await member.goto(link);
    await member.getByLabel("Your name").fill("Amal Admin");
    await member.getByLabel("Choose a password").fill(PASSWORD);
    await member.getByRole("button", { name: "Join" }).click();
    await expect(member.getByText("Your account is ready")).toBeVisible();
    await member.goto("/signin");
    await member.getByLabel("E-mail").fill(email);
    await member.getByLabel("Password").fill(PASSWORD);
    await member.getByRole("button", { name: "Sign in" }).click();
    await expect(member).toHaveURL(/\/articles/);

    // the member's own choice, stored on them
    await member.goto("/settings/language");
    await member.getByRole("radio", { name: "العربية" }).check();
    await member.getByRole("button", { name: "Save language" }).click();
    await expect(member.locator("html")).toHaveAttribute("dir", "rtl");
    await member.goto("/settings");
    await expect(member.locator("html")).toHaveAttribute("lang", "ar");
    await expect(member.getByRole("heading", { name: "الإعدادات", level: 1 })).toBeVisible();
    const nav = member.getByRole("navigation", { name: "القائمة الرئيسية" });
    for (const label of ["المقالات", "عملي", "الخبراء", "البحث", "التصدير", "الإعدادات"])
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    await expect(member.getByRole("main").getByRole("link", { name: /^الأعضاء/ })).toBeVisible();
    await expect(member.getByRole("region", { name: "تحذير الحسابات التجريبية" })).toBeVisible();

    // mirrored: the brand on the right, the account menu and the bell on the left
    const brand = await member.getByRole("banner").getByRole("link", { name: "FactDesk" }).boundingBox();
    const account = await member.getByRole("button", { name: /^قائمة حساب \u2068?Amal Admin/ }).boundingBox();
    const bell = await member.getByRole("button", { name: /^الإشعارات/ }).boundingBox();
    expect(brand!.x).toBeGreaterThan(account!.x);
    expect(bell!.x).toBeGreaterThan(account!.x);
    expect(brand!.x).toBeGreaterThan(bell!.x);
    await axeClean(member);

    // the bell words each notification from its kind and count in the member's language (stored text is English)
    if (databaseUrl) await approvalsFor(email);
    await member.reload();
    await member.getByRole("button", { name: /^الإشعارات/ }).click();
    const popover = member.getByRole("dialog", { name: "الإشعارات" });
    await expect(popover.getByRole("heading", { name: "الإشعارات" })).toBeVisible();
    await expect(popover.getByRole("button", { name: "تعليم الكل كمقروء" })).toBeVisible();
    if (databaseUrl) {
      await expect(popover.getByRole("link", { name: /وافق .?Erin Editor.? على 3 ادعاءات في «/ })).toBeVisible();
      await expect(popover).not.toContainText("approved");
    }
    await member.screenshot({ path: "test-results/bell-ar.png" });
    await member.keyboard.press("Escape");

    await member.getByRole("button", { name: /^قائمة حساب \u2068?Amal Admin/ }).click();
    await expect(member.getByRole("menuitem", { name: "تسجيل الخروج" })).toBeVisible();
    await expect(member.getByRole("menuitem", { name: "لغة الواجهة" })).toBeVisible();
    await member.keyboard.press("Escape");

    await member.goto("/settings/members");
    await expect(member.getByRole("heading", { name: "الأعضاء", level: 1 })).toBeVisible();
    await expect(member.getByRole("columnheader", { name: "البريد الإلكتروني" })).toBeVisible();
    await expect(member.getByRole("heading", { name: "دعوة عضو" })).toBeVisible();
    await expect(member.getByText("(أنت)")).toBeVisible();
    await axeClean(member);

    // refusals read in Arabic too: a form's field error (the schema's) and the domain's refusal naming the address
    const invite = member.getByRole("form", { name: "دعوة عضو" });
    await invite.getByRole("button", { name: "إرسال الدعوة" }).click();
    await expect(invite.getByText("أدخل عنوان بريد إلكتروني صالحًا، مثل name@example.org.").first()).toBeVisible();
    await invite.getByLabel("البريد الإلكتروني").fill(email);
    await invite.getByRole("button", { name: "إرسال الدعوة" }).click();
    await expect(invite.getByText(`${email} عضو في هذه المؤسسة بالفعل.`).first()).toBeVisible();
    await expect(invite).not.toContainText(/already|Enter a valid/);
    await member.screenshot({ path: "test-results/settings-members-ar.png", fullPage: true });

    await member.goto("/settings/email");
    await expect(member.getByRole("heading", { name: "الإشعارات والبريد الإلكتروني", level: 1 })).toBeVisible();
    await expect(member.getByRole("checkbox", { name: /الإشارات|Mentions/ })).toBeVisible();
    await axeClean(member);
    await member.context().close();
  });
});
