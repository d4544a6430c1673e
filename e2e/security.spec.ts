import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { asRole, DEMO_PASSWORD, SEED_TITLE } from "./demo-accounts";
import { openSeedArticle, seedReaderUrl } from "./helpers";

// Issue 8: security headers on every kind of response, cookie flags, cross-site request refusal, and proof that the
// nonce-based Content-Security-Policy breaks nothing (pages hydrate, no violation is reported).

const EVIL = "https://evil.example";
let readerUrl: string;
let articleId: string;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext(asRole("reviewer"));
  const page = await context.newPage();
  readerUrl = await seedReaderUrl(page);
  await openSeedArticle(page);
  articleId = new URL(page.url()).pathname.split("/")[2];
  await context.close();
});

/** Which directive values the response's policy has, by directive name. */
function policyOf(res: APIResponse): Map<string, string[]> {
  const header = res.headers()["content-security-policy"] ?? "";
  return new Map(
    header
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

// The reader page loads no inline script at all: its policy allows only our own script files (and needs no nonce).
function expectStrictPolicy(res: APIResponse, what: string, { ownScriptsOnly = false } = {}) {
  const policy = policyOf(res);
  const scripts = policy.get("script-src") ?? [];
  if (ownScriptsOnly) expect(scripts, `${what}: script-src`).toEqual(["'self'"]);
  else {
    expect(scripts, `${what}: script-src`).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
    expect(
      scripts.filter((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s)),
      `${what}: one nonce`,
    ).toHaveLength(1);
  }
  expect(scripts, `${what}: no inline scripts`).not.toContain("'unsafe-inline'");
  expect(policy.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(policy.get("object-src"), what).toEqual(["'none'"]);
  expect(policy.get("base-uri"), what).toEqual(["'none'"]);
  expect(policy.get("form-action"), what).toEqual(["'self'"]);
  expect(policy.get("connect-src"), what).toEqual(["'self'"]);
  const headers = res.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
}

/** Hydrated React elements carry a __reactFiber key: server HTML alone does not. */
async function isHydrated(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber")));
}

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/Content Security Policy/i.test(e.message)) violations.push(e.message);
  });
  return violations;
}

test.describe("signed in", () => {
  test.use(asRole("reviewer"));

  test("desk pages, the annotator and member APIs send the strict policy, with a fresh nonce on every script", async ({
    page,
    request,
  }) => {
    for (const path of ["/articles", `/articles/${articleId}`, "/articles/new", "/settings/scales", "/no-such-page"]) {
      const res = await request.get(path);
      expectStrictPolicy(res, path);
      const nonce = policyOf(res)
        .get("script-src")!
        .find((s) => s.startsWith("'nonce-"))!
        .slice(7, -1);
      const scripts = [...(await res.text()).matchAll(/<script\b([^>]*)>/g)]
        .map((m) => m[1])
        .filter((attrs) => !attrs.includes("application/ld+json"));
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const attrs of scripts)
        expect(attrs, `${path}: every script carries this response's nonce`).toContain(`nonce="${nonce}"`);
    }
    const [first, second] = [policyOf(await request.get("/articles")), policyOf(await request.get("/articles"))];
    expect(first.get("script-src")).not.toEqual(second.get("script-src"));
    for (const path of [`/api/articles/${articleId}/report?format=json`, "/api/exports?format=csv"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBeLessThan(500);
      expectStrictPolicy(res, path);
    }
  });

  test("public responses carry no Set-Cookie even for a signed-in visitor; desk pages refresh the session", async ({
    request,
  }) => {
    const publicPaths = [
      readerUrl,
      `/api/public/reviews?id=${articleId}`,
      "/feeds/demo/claimreview",
      `/embed/badge/${articleId}`,
      `/api/annotations/${articleId}/`,
      "/signin",
    ];
    for (const path of publicPaths) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBeLessThan(500);
      expect(res.headers()["set-cookie"], `${path} must be cacheable`).toBeUndefined();
    }
    expect((await request.get("/articles")).headers()["set-cookie"]).toContain("authjs.session-token=");
  });

  test("a server action replayed from another origin is refused and changes nothing", async ({ page }) => {
    const title = `Cross-site ${Date.now()}`;
    await page.goto("/articles/new");
    await page.getByLabel("Article text").fill("A sentence that a forged request would like to publish.");
    await page.getByLabel("Title").fill(title);
    const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
      void page.route("**/articles/new", async (route) => {
        const req = route.request();
        if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
        resolve({ headers: req.headers(), body: req.postDataBuffer()! });
        await route.abort();
      });
    });
    await page.getByRole("button", { name: "Add article" }).click();
    const action = await captured;
    const replay = (origin: string | null) => {
      // as a non-browser client would send it: no Fetch Metadata, so Origin alone decides
      const headers = Object.fromEntries(
        Object.entries(action.headers).filter(([name]) => !name.startsWith("sec-fetch-")),
      );
      if (origin === null) delete headers.origin;
      else headers.origin = origin;
      return page.request.post("/articles/new", { headers, data: action.body, maxRedirects: 0 });
    };
    for (const origin of [EVIL, "null", null]) {
      const refused = await replay(origin);
      expect(refused.status(), `Origin ${origin}`).toBe(403);
      expect(await refused.json()).toMatchObject({ error: "FORBIDDEN" });
    }
    await page.goto("/articles");
    await expect(page.getByRole("link", { name: SEED_TITLE, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    // the same request from our own origin goes through: the refusal above was for the origin alone
    expect((await replay(new URL(page.url()).origin)).status()).toBeLessThan(400);
    await page.goto("/articles");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });

  test("a cookie-authenticated route handler refuses another origin", async ({ request }) => {
    const send = (origin: string) =>
      request.post(`/api/articles/${articleId}/presence`, {
        headers: { Origin: origin, "Content-Type": "application/json" },
        data: { tabId: "security-spec-tab" },
      });
    const refused = await send(EVIL);
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ error: "FORBIDDEN", message: expect.stringContaining(EVIL) });
    const base = new URL((await request.get("/articles")).url()).origin;
    expect((await send(base)).status()).toBe(204);
  });

  test("the annotator hydrates under the policy and reports no violation", async ({ page }) => {
    const violations = collectCspViolations(page);
    await openSeedArticle(page);
    expect(await isHydrated(page, "main")).toBe(true);
    await page
      .getByRole("button", { name: /“We have to protect them, but they don't have to protect us”/ })
      .first()
      .click();
    await expect(page.getByRole("region", { name: "Claim card" })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("error responses reveal no stack trace, file path or database message", async ({ request }) => {
    const bodies: [string, APIResponse][] = [
      ["404 page", await request.get("/no-such-page")],
      ["unknown article report", await request.get("/api/articles/no-such-article/report?format=json")],
      ["bad report format", await request.get(`/api/articles/${articleId}/report?format=exe`)],
      [
        "presence without JSON",
        await request.post(`/api/articles/${articleId}/presence`, {
          headers: { Origin: new URL((await request.get("/articles")).url()).origin },
          data: "x",
        }),
      ],
      [
        "malformed annotation",
        await request.post(`/api/annotations/${articleId}/`, {
          headers: { "Content-Type": "application/ld+json", Authorization: `Bearer fdk_${"A".repeat(43)}` },
          data: "{oops",
        }),
      ],
      [
        "unknown server action",
        await request.post("/articles", {
          headers: {
            "Next-Action": "0".repeat(42),
            "Content-Type": "text/plain;charset=UTF-8",
            Origin: new URL((await request.get("/articles")).url()).origin,
          },
          data: "{{{",
        }),
      ],
    ];
    for (const [what, res] of bodies) {
      expect(res.status(), what).toBeGreaterThanOrEqual(400);
      const body = await res.text();
      expect(body, what).not.toMatch(
        /\n\s+at \S+ \(|\.(?:ts|tsx|js|mjs):\d+|\/work\/|node_modules|\.next\/server|prisma|invalid `/i,
      );
    }
  });
});

test.describe("anonymous", () => {
  test("the reader page and sign-in send the strict policy; API, feeds and the annotation service too", async ({
    request,
  }) => {
    for (const path of [
      readerUrl,
      "/signin",
      "/feeds/demo/claimreview",
      "/api/public/reviews?url=https://mothership.sg/",
      `/api/annotations/${articleId}/`,
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBeLessThan(500);
      expectStrictPolicy(res, path, { ownScriptsOnly: path === readerUrl });
    }
  });

  test("the embed badge alone may be framed, by the sites on its organization's embed domains", async ({ request }) => {
    const res = await request.get(`/embed/badge/${articleId}`);
    expect(res.status()).toBe(200);
    const policy = policyOf(res);
    // 'self', then whatever the demo organization's admin listed (other specs add 127.0.0.1), never any site
    expect(policy.get("frame-ancestors")?.[0]).toBe("'self'");
    expect(policy.get("frame-ancestors")).not.toContain("*");
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toBeUndefined();
    expect(res.headers()["x-frame-options"]).toBeUndefined();
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("the session cookie is HttpOnly and SameSite=Lax, and Secure behind https", async ({ page, request }) => {
    const violations = collectCspViolations(page);
    await page.goto("/signin");
    expect(await isHydrated(page, "form")).toBe(true);
    await page.getByLabel("E-mail").fill("editor@example.org");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/articles$/);
    const session = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(violations).toEqual([]);

    // behind a TLS-terminating proxy (X-Forwarded-Proto: https) the cookie is Secure and __Secure- prefixed
    const https = { "X-Forwarded-Proto": "https" };
    const { csrfToken } = await (await request.get("/api/auth/csrf", { headers: https })).json();
    const signedIn = await request.post("/api/auth/callback/credentials", {
      headers: https,
      form: { email: "editor@example.org", password: DEMO_PASSWORD, csrfToken },
      maxRedirects: 0,
    });
    const cookie =
      signedIn.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token"))
        ?.value ?? "";
    expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
  });

  test("the reader page's script runs under the policy, opens a verdict card and reports no violation", async ({
    page,
  }) => {
    const violations = collectCspViolations(page);
    await page.goto(readerUrl);
    await page
      .getByRole("button", { name: /Technically inaccurate/ })
      .first()
      .click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    expect(violations).toEqual([]);
  });
});
