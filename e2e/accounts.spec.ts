import { request as httpRequest } from "node:http";
import { expect, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { baseURL } from "../playwright.config";
import { asRole, DEMO_PASSWORD } from "./demo-accounts";
import { signIn } from "./app-http";

// Issue 13, findings 4-6, through the real app: access can be taken back (an old cookie stops working after
// sign-out, a password reset, a role change, deactivation), and throttling cannot be turned against a user, even by
// a client that writes its own X-Forwarded-For.

const PASSWORD = "a-long-enough-password";

/** Adds a member through the admin's members page (an invitation, accepted from its link); returns their e-mail. */
async function addMember(admin: Page, name: string, role: "REVIEWER" | "EDITOR" = "REVIEWER"): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.org`;
  await admin.goto("/settings/members");
  const form = admin.getByRole("form", { name: "Invite a member" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByRole("button", { name: "Send invitation" }).click();
  // no e-mail server in this run: the admin gets the link to pass on
  const link = await admin.getByLabel(`Invitation link for ${email}`).inputValue();
  const context = await admin
    .context()
    .browser()!
    .newContext({ storageState: { cookies: [], origins: [] } });
  const invitee = await context.newPage();
  await invitee.goto(link);
  await invitee.getByLabel("Your name").fill(name);
  await invitee.getByLabel("Choose a password").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Join" }).click();
  await expect(invitee.getByText("Your account is ready")).toBeVisible();
  await context.close();
  await admin.reload();
  return email;
}

/** A browser holding only the session cookie `cookie` (as a copied or stolen cookie would be). */
async function browserWithCookie(browser: Browser, cookie: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const session = cookie
    .split("; ")
    .map((pair) => pair.split("="))
    .find(([name]) => name.endsWith("authjs.session-token"));
  expect(session, "signed in").toBeTruthy();
  await context.addCookies([{ name: session![0], value: session!.slice(1).join("="), url: baseURL }]);
  return context.newPage();
}

/** Whether a request with `cookie` is still signed in (the articles page sends anyone else to sign-in). */
async function isSignedIn(cookie: string): Promise<boolean> {
  const res = await fetch(`${baseURL}/articles`, { headers: { cookie }, redirect: "manual" });
  if (res.status === 200) return true;
  expect(res.headers.get("location") ?? "").toMatch(/\/signin/);
  return false;
}

test.describe("access can be taken back", () => {
  test("signing out ends the session on the server: a copy of the old cookie no longer works", async ({ browser }) => {
    const { cookie, error } = await signIn(baseURL, "reviewer@example.org", DEMO_PASSWORD);
    expect(error).toBeNull();
    const page = await browserWithCookie(browser, cookie);
    await page.goto("/articles");
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
    expect(await isSignedIn(cookie)).toBe(true);
    expect(await (await fetch(`${baseURL}/api/auth/session`, { headers: { cookie } })).json()).toMatchObject({
      user: { email: "reviewer@example.org" },
    });

    await page.goto("/signout");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin\?signedOut=1/);

    // the cookie as it was before signing out, replayed from elsewhere: the desk and Auth.js's own session endpoint
    expect(await isSignedIn(cookie)).toBe(false);
    expect(await (await fetch(`${baseURL}/api/auth/session`, { headers: { cookie } })).json()).toBeNull();
    const replay = await browserWithCookie(browser, cookie);
    await replay.goto("/articles");
    await expect(replay).toHaveURL(/\/signin/);
    await page.context().close();
    await replay.context().close();
  });

  test.describe("as an admin", () => {
    test.use(asRole("admin"));

    test("a password reset, a role change and deactivation each end the member's sessions; a deactivated member cannot sign in", async ({
      page,
      browser,
    }) => {
      const email = await addMember(page, "Sam Session");
      const row = page.getByRole("row").filter({ hasText: email });

      // password reset by an admin
      let member = await signIn(baseURL, email, PASSWORD);
      expect(await isSignedIn(member.cookie)).toBe(true);
      await row.getByRole("button", { name: "Reset password for Sam Session" }).click();
      const resetDialog = page.getByRole("dialog", { name: "Reset password for Sam Session" });
      await resetDialog.getByLabel("New password").fill(`${PASSWORD}-2`);
      await resetDialog.getByRole("button", { name: "Set password" }).click();
      await expect(resetDialog.getByText("Password reset.")).toBeVisible();
      await page.keyboard.press("Escape");
      expect(await isSignedIn(member.cookie)).toBe(false);

      // role change
      member = await signIn(baseURL, email, `${PASSWORD}-2`);
      expect(await isSignedIn(member.cookie)).toBe(true);
      await row.getByRole("combobox", { name: "Role of Sam Session" }).selectOption("EDITOR");
      await row.getByRole("button", { name: "Save role of Sam Session" }).click();
      await expect(row.getByText("Role saved; they sign in again.")).toBeVisible();
      expect(await isSignedIn(member.cookie)).toBe(false);

      // deactivation: the open session ends, signing in is refused, the row says so; reactivation lets them back
      member = await signIn(baseURL, email, `${PASSWORD}-2`);
      const memberPage = await browserWithCookie(browser, member.cookie);
      await memberPage.goto("/articles");
      await expect(memberPage.getByRole("heading", { name: "Articles" })).toBeVisible();
      await row.getByRole("button", { name: "Deactivate Sam Session" }).click();
      await page
        .getByRole("dialog", { name: "Deactivate Sam Session?" })
        .getByRole("button", { name: "Deactivate Sam Session" })
        .click();
      await expect(row.getByText("Deactivated")).toBeVisible();
      await memberPage.reload();
      await expect(memberPage).toHaveURL(/\/signin/);
      await memberPage.getByLabel("E-mail").fill(email);
      await memberPage.getByLabel("Password").fill(`${PASSWORD}-2`);
      await memberPage.getByRole("button", { name: "Sign in" }).click();
      await expect(memberPage.getByRole("alert").filter({ hasText: "not active in any organization" })).toBeVisible();

      await row.getByRole("button", { name: "Reactivate Sam Session" }).click();
      await page
        .getByRole("dialog", { name: "Reactivate Sam Session?" })
        .getByRole("button", { name: "Reactivate Sam Session" })
        .click();
      await expect(row.getByText("Active")).toBeVisible();
      expect((await signIn(baseURL, email, `${PASSWORD}-2`)).error).toBeNull();
      await memberPage.context().close();
    });

    test("the only admin cannot demote themselves away, and removing a member keeps the page calm and accessible", async ({
      page,
    }) => {
      const email = await addMember(page, "Rita Removable");
      const row = page.getByRole("row").filter({ hasText: email });
      // the admin's own row offers no role change, deactivation or removal
      const own = page.getByRole("row").filter({ hasText: "(you)" });
      await expect(own.getByRole("button", { name: /^Deactivate|^Remove/ })).toHaveCount(0);
      await page.screenshot({ path: "test-results/accounts-members-page.png", fullPage: true });
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

      await row.getByRole("button", { name: "Remove Rita Removable" }).click();
      const dialog = page.getByRole("dialog", { name: "Remove Rita Removable?" });
      await expect(dialog.getByText("Their past work stays and keeps their name.")).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await dialog.getByRole("button", { name: "Remove Rita Removable" }).click();
      await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
      expect((await signIn(baseURL, email, PASSWORD)).error).not.toBeNull();
    });
  });
});

/** Signs in over a socket bound to `localAddress` (127.0.0.x: a distinct client address on this machine). */
async function signInFrom(
  localAddress: string,
  email: string,
  password: string,
  extraHeaders: Record<string, string> = {},
): Promise<string | null> {
  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
      (resolve, reject) => {
        const url = new URL(path, baseURL);
        const req = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method,
            localAddress,
            headers: { ...extraHeaders, ...headers },
          },
          (res) => {
            let data = "";
            res.on("data", (c) => {
              data += c;
            });
            res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
          },
        );
        req.on("error", reject);
        req.end(body);
      },
    );
  const csrf = await send("GET", "/api/auth/csrf", {});
  const cookie = [csrf.headers["set-cookie"] ?? []]
    .flat()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ email, password, csrfToken, callbackUrl: "/articles" }).toString();
  const res = await send(
    "POST",
    "/api/auth/callback/credentials",
    { cookie, "content-type": "application/x-www-form-urlencoded" },
    body,
  );
  const signedIn = [res.headers["set-cookie"] ?? []].flat().some((c) => c.includes("session-token="));
  if (signedIn) return null;
  return new URL(String(res.headers.location ?? "/"), baseURL).searchParams.get("code") ?? `status ${res.status}`;
}

test.describe("throttling cannot be turned against a user", () => {
  test.use(asRole("admin"));

  test("an attacker hammering an account, rotating or forging X-Forwarded-For, neither gets more guesses nor keeps the owner out", async ({
    page,
  }) => {
    const victim = await addMember(page, "Vera Victim", "EDITOR");
    const attacker = "127.0.0.2",
      owner = "127.0.0.3";
    const outcomes: (string | null)[] = [];
    for (let i = 0; i < 12; i++) {
      // each try claims another client address, and some claim to be the owner's address
      const forged = i % 3 === 0 ? owner : `203.0.113.${i + 1}`;
      outcomes.push(await signInFrom(attacker, victim, `wrong-guess-${i}`, { "x-forwarded-for": forged }));
    }
    // five real guesses, then the attacker's own socket address waits, whatever header it sends
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("invalid"));
    expect(outcomes.slice(5)).toEqual(Array(7).fill("rate_limited"));
    // the owner, from an address with no failures, signs in with the right password at once
    expect(await signInFrom(owner, victim, PASSWORD)).toBeNull();
    // even the right password waits at the attacker's address: the limit is not a free oracle
    expect(await signInFrom(attacker, victim, PASSWORD)).toBe("rate_limited");
  });
});
