import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { asRole, DEMO_PASSWORD, SEED_TITLE } from "./demo-accounts";

test.describe("signing in", () => {
  test("a reviewer signs in with the real form and sees the seed article", async ({ page }) => {
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles/);
    await page.getByLabel("E-mail").fill("reviewer@example.org");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/articles$/);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
    await expect(page.getByRole("link", { name: SEED_TITLE })).toBeVisible();
  });

  // issue 17: the browser's part of signing in. One request: the sign-in answer carries the Articles page (the server
  // action's redirect is rendered into it), so there is no client-side redirect, no second request for the page and
  // no full reload; and the scripts of the desk's header (the bell, the account menu) come with the sign-in page.
  test("signing in is one round trip: the answer carries the Articles page, no reload, no second request", async ({
    page,
  }) => {
    await page.goto("/signin");
    await page.getByLabel("E-mail").fill("reviewer@example.org");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    const afterClick: { method: string; path: string; kind: string; prefetch: boolean }[] = [];
    const scriptsAfterClick: Promise<string>[] = [];
    page.on("request", (r) => {
      const prefetch = "next-router-prefetch" in r.headers();
      afterClick.push({ method: r.method(), path: new URL(r.url()).pathname, kind: r.resourceType(), prefetch });
    });
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") scriptsAfterClick.push(r.text().catch(() => ""));
    });
    const documentsBefore = await page.evaluate(() => performance.getEntriesByType("navigation")[0].startTime);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/articles$/);
    // the same document as the sign-in page's: a full reload would have started a new one
    expect(await page.evaluate(() => performance.getEntriesByType("navigation")[0].startTime)).toBe(documentsBefore);
    expect(afterClick.filter((r) => r.kind === "document")).toEqual([]);
    expect(afterClick.filter((r) => r.method === "POST" && r.path === "/signin")).toHaveLength(1);
    // the page itself was never asked for, it was in the answer (the bell's count and the links' prefetches, which
    // carry next-router-prefetch, come after it)
    expect(afterClick.filter((r) => r.method === "GET" && r.path === "/articles" && !r.prefetch)).toEqual([]);
    // the header's client components were loaded with the sign-in page: no script fetched after the click defines
    // them (Turbopack keeps export names: `e.s(["UserMenu", …`)
    const texts = await Promise.all(scriptsAfterClick);
    const fetchedLate = ["NavLink", "NotificationBell", "UserMenu"].filter((name) =>
      texts.some((text) => text.includes(`"${name}"`)),
    );
    expect(fetchedLate).toEqual([]);
  });

  // issue 17: the sign-in answer says where its time went (browsers show it in the network panel), and in the same
  // terms whether the account exists or not
  test("the sign-in answer carries its phases in Server-Timing, the same phases for unknown and known accounts", async ({
    page,
  }) => {
    const phasesOf = async (email: string, password: string) => {
      await page.goto("/signin");
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Password").fill(password);
      const answer = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/signin"));
      await page.getByRole("button", { name: "Sign in" }).click();
      const header = (await (await answer).allHeaders())["server-timing"] ?? "";
      // throttle and user run at once: their order is whichever ends first
      return header
        .split(",")
        .map((metric) => metric.trim().split(";")[0])
        .sort();
    };
    const unknown = await phasesOf("nobody-here@example.org", "wrong-password-123");
    await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
    const wrong = await phasesOf("editor@example.org", "wrong-password-123");
    await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
    expect(unknown).toEqual(["app", "attempt", "signin", "throttle", "user", "verify"]);
    expect(wrong).toEqual(unknown);
    const signedIn = await phasesOf("editor@example.org", DEMO_PASSWORD);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
    expect(signedIn).toEqual(["app", "attempt", "session", "signin", "throttle", "user", "verify"]);
  });

  test("bad input gets clear messages and keeps the e-mail", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your e-mail address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await page.getByLabel("E-mail").fill("reviewer@example.org");
    await page.getByLabel("Password").fill("wrong-password-123");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveValue("reviewer@example.org");
    // an unknown account gets the very same answer: no hint about which e-mails exist
    await page.getByLabel("E-mail").fill("nobody@example.org");
    await page.getByLabel("Password").fill("wrong-password-123");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  });

  test("the sign-in page has no accessibility violations", async ({ page }) => {
    await page.goto("/signin");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test("anonymous visitors are sent to sign-in from every desk page", async ({ page }) => {
    // "/" is the public list of published fact-checks (e2e/operations-pages.spec.ts)
    for (const path of ["/articles", "/settings/members", "/experts"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/signin/);
    }
    const api = await page.request.get("/api/articles", { maxRedirects: 0 });
    expect(api.status()).toBe(401);
  });
});

test.describe("members page", () => {
  test.describe("as a reviewer", () => {
    test.use(asRole("reviewer"));
    test("cannot open the members page", async ({ page }) => {
      await page.goto("/settings/members");
      await expect(page.getByRole("heading", { name: "You don’t have access to the members page" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Members" })).toHaveCount(0);
    });
  });

  test.describe("as an admin", () => {
    test.use(asRole("admin"));
    test("invites a member without an e-mail server: the admin copies the link, the member chooses a password and signs in", async ({
      page,
      browser,
    }) => {
      await page.goto("/settings/members");
      await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
      const form = page.getByRole("form", { name: "Invite a member" });
      const email = `new-${Date.now()}@example.org`;
      await form.getByLabel("E-mail").fill("not an address");
      await form.getByRole("button", { name: "Send invitation" }).click();
      await expect(form.getByText("Enter a valid e-mail address").first()).toBeVisible();
      await form.getByLabel("E-mail").fill(email);
      await form.getByLabel("Role").selectOption("EDITOR");
      await form.getByRole("button", { name: "Send invitation" }).click();
      await expect(page.getByText(`Invitation for ${email} created. No e-mail server is configured`)).toBeVisible();
      const link = await page.getByLabel(`Invitation link for ${email}`).inputValue();
      expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
      await expect(
        page.getByRole("list", { name: "Pending invitations" }).getByText(email, { exact: true }),
      ).toBeVisible();

      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const other = await context.newPage();
      await other.goto(link);
      await other.getByLabel("Your name").fill("Nora Newcomer");
      await other.getByLabel("Choose a password").fill("short");
      await other.getByRole("button", { name: "Join" }).click();
      await expect(other.getByText("Passwords must be at least 12 characters long.").first()).toBeVisible();
      await other.getByLabel("Choose a password").fill("a-long-enough-password");
      await other.getByRole("button", { name: "Join" }).click();
      await other.getByRole("link", { name: "Sign in" }).click();
      await other.getByLabel("E-mail").fill(email);
      await other.getByLabel("Password").fill("a-long-enough-password");
      await other.getByRole("button", { name: "Sign in" }).click();
      await expect(other.getByRole("heading", { name: "Articles" })).toBeVisible();
      await context.close();
    });

    test("resets a member's password in a dialog", async ({ page }) => {
      await page.goto("/settings/members");
      await page.getByRole("button", { name: "Reset password for Riley Reviewer" }).click();
      const dialog = page.getByRole("dialog", { name: "Reset password for Riley Reviewer" });
      await dialog.getByLabel("New password").fill("too-short");
      await dialog.getByRole("button", { name: "Set password" }).click();
      await expect(dialog.getByText("Passwords must be at least 12 characters long.").first()).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
    });
  });
});
