import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { e2eAuthSecret } from "../playwright.config";
import { linkFrom, startSmtpCapture, type SmtpCapture } from "../test/support/smtp-capture";

// Accounts by e-mail, as a newsroom meets them: `npm start` (scripts/with-db.mjs + scripts/server.mjs) on an EMPTY
// embedded database with a real SMTP server (smtp-server, started here; messages parsed with mailparser). First-run
// setup from the printed link, an invitation from the captured e-mail, a forgotten password, and every bad link.

// each spec that starts its own server has its own port: +1 scale-out, +5 and +7 public links, +6 request log, +9 here
const PORT = Number(process.env.E2E_PORT ?? 3100) + 9;
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = { name: "Ada Admin", email: "ada@newsroom.example", password: "first admin passphrase" };
const EDITOR = { name: "Eddie Editor", email: "eddie@newsroom.example", password: "editor's own passphrase" };
// screenshots for a person to look at; the ones in docs/screenshots are copied from here on purpose
const SHOTS = "test-results/onboarding-screenshots";

let server: ChildProcess | undefined;
let smtp: SmtpCapture;
let setupLink = "";
let databaseUrl = "";
// a data folder (not memory://) so the test can read the embedded database's password file beside it
let dataParent = "";
let dataDir = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = await startSmtpCapture();
  dataParent = mkdtempSync(path.join(tmpdir(), "factdesk-onboarding-"));
  dataDir = path.join(dataParent, "pglite");
  mkdirSync("test-results", { recursive: true });
  server = spawn(
    process.execPath,
    ["scripts/with-db.mjs", "node", "scripts/server.mjs", "-p", String(PORT), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        DATABASE_URL: "",
        PGLITE_DIR: dataDir,
        PUBLIC_BASE_URL: BASE,
        SMTP_URL: smtp.url,
        MAIL_FROM: "FactDesk <desk@newsroom.example>",
        AUTH_SECRET: e2eAuthSecret,
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const log = createWriteStream("test-results/onboarding-server.log");
  server.stdout!.on("data", (d) => {
    output += d;
    log.write(d);
  });
  server.stderr!.on("data", (d) => {
    output += d;
    log.write(d);
  });
  for (
    let i = 0;
    i < 600 &&
    !(
      setupLink &&
      (await fetch(`${BASE}/signin`).then(
        (r) => r.ok,
        () => false,
      ))
    );
    i++
  ) {
    if (server.exitCode !== null) throw new Error(`the app exited: ${output}`);
    setupLink ||= output.match(new RegExp(`${BASE}/setup/[A-Za-z0-9_-]{43}`))?.[0] ?? "";
    databaseUrl ||= output.match(/embedded PostgreSQL \(PGlite, [^)]*\) at (postgresql:\/\/\S+)/)?.[1] ?? "";
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(setupLink, output).not.toBe("");
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  await smtp?.close();
  if (dataParent) rmSync(dataParent, { recursive: true, force: true });
});

async function expectAccessible(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${BASE}/signin`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signedIn(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/articles$/);
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

// The embedded database of the app under test, for the one thing no person can do quickly: let a week pass.
async function expireInvitation(email: string) {
  // the log masks the embedded database's password; it is kept beside the data folder, readable by its owner
  const passwordFile = `${dataDir}.password`;
  const url = existsSync(passwordFile)
    ? databaseUrl.replace(":***@", `:${encodeURIComponent(readFileSync(passwordFile, "utf8").trim())}@`)
    : databaseUrl;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `UPDATE "Invitation" SET "expiresAt" = now() - interval '1 minute' WHERE email = $1 AND "acceptedAt" IS NULL AND "revokedAt" IS NULL`,
      [email],
    );
  } finally {
    await client.end();
  }
}

test("first run: an empty instance asks for setup; the printed link sets up the organization and its admin once", async ({
  browser,
}) => {
  const { context, page } = await freshPage(browser);
  await page.goto(`${BASE}/articles`);
  await expect(page.getByText("FactDesk is not set up yet")).toBeVisible();

  const wrong = await page.goto(`${BASE}/setup/${"x".repeat(43)}`);
  expect(wrong?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "This setup link cannot be used" })).toBeVisible();

  await page.goto(setupLink);
  await expect(page.getByRole("heading", { name: "Set up FactDesk" })).toBeVisible();
  await expectAccessible(page);
  const form = page.getByRole("form", { name: "Set up FactDesk" });
  await form.getByLabel("Organization name").fill("Newsroom Fact Desk");
  await form.getByLabel("Short name for addresses (slug)").fill("Newsroom Desk");
  await form.getByLabel("Your name").fill(ADMIN.name);
  await form.getByLabel("E-mail").fill(ADMIN.email);
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Create organization and admin" }).click();
  await expect(form.getByText("Use lowercase letters, digits and hyphens").first()).toBeVisible();
  await expect(form.getByText("Passwords must be at least 12 characters long.").first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/onboarding-setup.png`, fullPage: true });

  await form.getByLabel("Short name for addresses (slug)").fill("newsroom");
  await form.getByLabel("Password").fill(ADMIN.password);
  await form.getByRole("button", { name: "Create organization and admin" }).click();
  await expect(page.getByText("FactDesk is set up. Sign in as ada@newsroom.example")).toBeVisible();

  await page.goto(setupLink);
  await expect(page.getByRole("heading", { name: "FactDesk is set up" })).toBeVisible();

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/articles$/);
  await context.close();
});

test("an admin invites an editor by e-mail; the editor joins from the link in the message and signs in", async ({
  browser,
}) => {
  const admin = await freshPage(browser);
  await signedIn(admin.page, ADMIN.email, ADMIN.password);
  await admin.page.goto(`${BASE}/settings/members`);
  const form = admin.page.getByRole("form", { name: "Invite a member" });
  await form.getByLabel("E-mail").fill(EDITOR.email);
  await form.getByLabel("Role").selectOption("EDITOR");
  const since = smtp.messages.length;
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.page.getByText(`Invitation e-mailed to ${EDITOR.email}.`)).toBeVisible();
  const pending = admin.page.getByRole("list", { name: "Pending invitations" });
  await expect(pending.getByText(EDITOR.email, { exact: true })).toBeVisible();
  await expectAccessible(admin.page);
  await admin.page.screenshot({ path: `${SHOTS}/onboarding-invitations.png`, fullPage: true });

  const mail = await smtp.waitForMessage(EDITOR.email, { since });
  expect(mail.subject).toBe("Join Newsroom Fact Desk on FactDesk");
  expect(mail.html).toBeTruthy();
  const link = linkFrom(mail, `${BASE}/invite/`);

  const editor = await freshPage(browser);
  await editor.page.goto(link);
  await expect(editor.page.getByRole("heading", { name: "Join Newsroom Fact Desk" })).toBeVisible();
  await expectAccessible(editor.page);
  await editor.page.getByLabel("Your name").fill(EDITOR.name);
  await editor.page.getByLabel("Choose a password").fill(EDITOR.password);
  await editor.page.getByRole("button", { name: "Join" }).click();
  await expect(editor.page.getByText("Welcome to Newsroom Fact Desk.")).toBeVisible();
  await editor.page.getByRole("link", { name: "Sign in" }).click();
  await signIn(editor.page, EDITOR.email, EDITOR.password);
  await expect(editor.page).toHaveURL(/\/articles$/);

  // the daily digest is the member's own choice, from the account menu
  await editor.page.getByRole("button", { name: `Account menu for ${EDITOR.name}` }).click();
  await editor.page.getByRole("menuitem", { name: "Notifications and e-mail" }).click();
  await editor.page.getByLabel("Send me one e-mail a day when I have unread notifications").check();
  await editor.page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.page.getByText("Saved: you will get a daily e-mail")).toBeVisible();
  await expectAccessible(editor.page);
  await editor.page.screenshot({ path: `${SHOTS}/onboarding-email-settings.png`, fullPage: true });

  // the used link now says so
  await editor.page.goto(link);
  await expect(editor.page.getByText("This invitation was already used.")).toBeVisible();

  await admin.page.reload();
  await expect(admin.page.getByRole("cell", { name: EDITOR.email })).toBeVisible();
  await expect(admin.page.getByRole("list", { name: "Pending invitations" })).toHaveCount(0);
  await admin.context.close();
  await editor.context.close();
});

test("a resent, revoked or expired invitation link gets a clear page, never an error", async ({ browser }) => {
  const admin = await freshPage(browser);
  await signedIn(admin.page, ADMIN.email, ADMIN.password);
  await admin.page.goto(`${BASE}/settings/members`);
  const form = admin.page.getByRole("form", { name: "Invite a member" });
  for (const email of ["riley@newsroom.example", "late@newsroom.example"]) {
    await form.getByLabel("E-mail").fill(email);
    await form.getByRole("button", { name: "Send invitation" }).click();
    await expect(admin.page.getByText(`Invitation e-mailed to ${email}.`)).toBeVisible();
  }
  const first = linkFrom(await smtp.waitForMessage("riley@newsroom.example"), `${BASE}/invite/`);

  const since = smtp.messages.length;
  await admin.page.getByRole("button", { name: "Resend the invitation for riley@newsroom.example" }).click();
  await expect(admin.page.getByText("Invitation e-mailed to riley@newsroom.example.")).toBeVisible();
  const second = linkFrom(await smtp.waitForMessage("riley@newsroom.example", { since }), `${BASE}/invite/`);
  expect(second).not.toBe(first);
  await admin.page.getByRole("button", { name: "Revoke the invitation for riley@newsroom.example" }).click();
  await expect(admin.page.getByText("Invitation for riley@newsroom.example revoked")).toBeVisible();
  await expireInvitation("late@newsroom.example");
  const late = linkFrom(await smtp.waitForMessage("late@newsroom.example"), `${BASE}/invite/`);

  const visitor = await freshPage(browser);
  for (const [link, text] of [
    [first, "withdrawn or replaced"],
    [second, "withdrawn or replaced"],
    [late, "has expired"],
    [`${BASE}/invite/not-a-token`, "not valid"],
  ] as const) {
    const response = await visitor.page.goto(link);
    expect(response?.status()).toBe(200);
    await expect(visitor.page.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
    await expect(visitor.page.getByText(text)).toBeVisible();
  }
  await admin.context.close();
  await visitor.context.close();
});

test("forgot password: the link from the e-mail sets a new password and the old session is gone", async ({
  browser,
}) => {
  const old = await freshPage(browser);
  await signIn(old.page, EDITOR.email, EDITOR.password);
  await expect(old.page).toHaveURL(/\/articles$/);

  const { context, page } = await freshPage(browser);
  await page.goto(`${BASE}/signin`);
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expectAccessible(page);
  const since = smtp.messages.length;
  await page.getByLabel("E-mail").fill(EDITOR.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  const answer = page.getByText(
    `If ${EDITOR.email} belongs to a FactDesk account, a link to choose a new password is on its way.`,
  );
  await expect(answer).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/onboarding-forgot-password.png`, fullPage: true });

  // an address without an account gets the very same answer
  await page.getByLabel("E-mail").fill("nobody@newsroom.example");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(
    page.getByText(
      "If nobody@newsroom.example belongs to a FactDesk account, a link to choose a new password is on its way.",
    ),
  ).toBeVisible();

  const link = linkFrom(await smtp.waitForMessage(EDITOR.email, { since }), `${BASE}/reset-password/`);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/onboarding-reset-password.png`, fullPage: true });
  const newPassword = "a fresh editor passphrase";
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();

  await signIn(page, EDITOR.email, newPassword);
  await expect(page).toHaveURL(/\/articles$/);

  await old.page.goto(`${BASE}/articles`);
  await expect(old.page).toHaveURL(/\/signin/);

  const stale = await freshPage(browser);
  await signIn(stale.page, EDITOR.email, EDITOR.password);
  await expect(stale.page.getByText("That e-mail and password do not match an account.")).toBeVisible();

  const reused = await page.goto(link);
  expect(reused?.status()).toBe(200);
  await expect(page.getByText("This password reset link was already used.")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/onboarding-reset-link-used.png`, fullPage: true });
  await Promise.all([context.close(), old.context.close(), stale.context.close()]);
});
