import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readSeedArticle } from "../lib/seed/seed-article";
import { asRole } from "./demo-accounts";
import { allowEmbedSite, seedReaderUrl } from "./helpers";

// The publisher embed on a publisher's own page: a local server plays the publisher, with the seed article in
// its own markup (other tags, wrappers, subheadings, ads between paragraphs, hostile CSS, a strict CSP) and one published
// claim's sentence rewritten so that it can no longer be placed. The demo organization's admin lists the publisher's
// host (127.0.0.1) as an embed domain; the same server reached as "localhost" is another site, which gets nothing.
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const IN_REVIEW_RATIONALE = "The two leaders met at the White House on 7 February 2025";
const REWRITTEN = "The alliance, formed in 1949 in Washington, has a collective defence clause";
const PLACED = {
  "a Pentagon statement urged Japan to increase its defence spending by three per cent of gross domestic product":
    "Misleading",
  "We have to protect them, but they don't have to protect us": "Technically inaccurate",
  "Under the treaty, which was signed in 1960, the U.S. is obliged to defend Japan if the country falls under an attack.":
    "Accurate",
};

const PAGE_CSS = `
  mark, button, div { all: unset }
  * { font-family: "Comic Sans MS", cursive; color: purple }
  p { line-height: 1.9; margin: 0 0 1.2em; font-size: 18px }
  h2 { font-size: 26px; letter-spacing: 0.1em }
  .fd-card, .panel, [role="dialog"] { display: none !important }
  fd-mark, fd-chip { background: lime; font-size: 40px; border: 5px dashed red }`;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

// Paragraph i of the seed article in the publisher's markup.
function paragraphHtml(line: string, i: number): string {
  let text = escape(line.replace(", formed in 1949 in Washington,", ""));
  if (line.length < 40) return `<h2>${text}</h2>`;
  text = text
    .replace("We have to protect them", "We have to <em>protect them</em>") // a quote across elements
    .replace("three per cent", "three&nbsp;per\n        cent"); // a no-break space and a source line break
  const markup = [
    `<p>${text}</p>`,
    `<div class="para"><span>${text}</span></div>`,
    `<section><div><p>${text}</p></div></section>`,
  ][i % 3];
  return i % 4 === 1 ? `${markup}\n<div class="ad-slot">Advertisement: buy now</div>` : markup;
}

function publisherPage(articleId: string, withEmbed: boolean): string {
  const [headline, ...body] = readSeedArticle().split("\n");
  const paragraphs = body
    .filter((l) => l.trim())
    .map(paragraphHtml)
    .join("\n");
  const script = withEmbed
    ? `<script src="${APP}/embed/factdesk.js" data-factdesk-org="demo" data-factdesk-article="${articleId}" async></script>`
    : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title><link rel="stylesheet" href="/page.css"></head><body>
    <nav><a href="/">Home</a> · <a href="/world">World</a></nav>
    <main><div data-factdesk-root><h1>${escape(headline)}</h1>
      <figure><figcaption>Photo: White House</figcaption></figure>
      ${paragraphs}
      <aside>Read more: other stories</aside></div></main>${script}</body></html>`;
}

let server: Server;
let origin: string;
let otherSite: string;
let articleId: string;
let readerPath: string;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext(asRole("reviewer"));
  readerPath = await seedReaderUrl(await context.newPage());
  articleId = readerPath.split("/").pop()!;
  await context.close();
  const admin = await browser.newContext(asRole("admin"));
  await allowEmbedSite(await admin.newPage(), "127.0.0.1");
  await admin.close();
  // a strict publisher CSP: no inline styles or scripts, our origin allowed for the script, its request and the badge
  const csp = `default-src 'self'; script-src 'self' ${APP}; connect-src 'self' ${APP}; style-src 'self'; frame-src ${APP}`;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://publisher.test");
    if (url.pathname === "/page.css") return void res.writeHead(200, { "Content-Type": "text/css" }).end(PAGE_CSS);
    const html =
      url.pathname === "/badge"
        ? `<!doctype html><html><body><h1>Publisher</h1><iframe title="Fact-check" src="${APP}/embed/badge/${articleId}" width="400" height="120"></iframe></body></html>`
        : publisherPage(articleId, url.searchParams.get("embed") !== "0");
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  otherSite = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const STYLE_PROPS = [
  "color",
  "font-family",
  "font-size",
  "font-weight",
  "line-height",
  "letter-spacing",
  "display",
  "margin-top",
  "margin-bottom",
  "padding-left",
  "background-color",
  "text-decoration-line",
  "text-transform",
];
const pageStyles = (page: Page) =>
  page.evaluate(
    (props) =>
      [
        ...document.querySelectorAll(
          "[data-factdesk-root] p, [data-factdesk-root] h2, [data-factdesk-root] span, .para",
        ),
      ].map((el) => props.map((p) => getComputedStyle(el).getPropertyValue(p)).join("|")),
    STYLE_PROPS,
  );

test("the embed highlights the placeable claims on the publisher's page and lists the one it cannot place", async ({
  page,
}) => {
  await page.goto(`${origin}/article?embed=0`);
  const stylesWithout = await pageStyles(page);

  const bodies: string[] = [];
  page.on("response", async (r) => {
    try {
      bodies.push(await r.text());
    } catch {
      /* no body */
    }
  });
  const cspViolations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  const api = page.waitForResponse((r) => r.url().startsWith(`${APP}/api/public/reviews`));
  await page.goto(`${origin}/article`);
  expect((await api).headers()["access-control-allow-origin"]).toBe(origin);
  await expect(page.locator("fd-chip")).toHaveCount(3);

  // exactly the quotes are marked: the marks of each claim, joined, are its quote (whitespace as rendered)
  const marked = await page.evaluate(() => {
    const byClaim: Record<string, string> = {};
    for (const mark of document.querySelectorAll("fd-mark")) {
      const id = mark.getAttribute("data-claim")!;
      byClaim[id] = (byClaim[id] ?? "") + mark.textContent;
    }
    return Object.values(byClaim).map((t) => t.replace(/\s+/g, " "));
  });
  expect(marked.sort()).toEqual(Object.keys(PLACED).sort());
  expect(await page.locator("fd-chip").allTextContents()).toEqual(Object.values(PLACED));
  expect(marked.join(" ")).not.toContain("alliance");

  // the rewritten claim is listed, not placed
  const panel = page.getByRole("region", { name: /Fact-checks by Demo Fact Check Desk/ });
  await expect(panel).toContainText("1 checked claim could not be placed on this page");
  await expect(panel).toContainText(REWRITTEN);
  await expect(panel).toBeVisible();

  // the page looks as it did, and its CSS did not restyle the highlights
  expect(await pageStyles(page)).toEqual(stylesWithout);
  const chip = page.getByRole("button", { name: /We have to protect them/ });
  await expect(chip).toHaveCSS("font-size", "11px");
  await expect(chip).toHaveCSS("background-color", "rgb(138, 97, 0)");
  await expect(page.locator("fd-mark").first()).not.toHaveCSS("background-color", "rgb(0, 255, 0)");

  // keyboard: Enter on the chip opens the card as a dialog, focus moves in, Escape gives it back
  await chip.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /We have to protect them/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Technically inaccurate");
  await expect(dialog).toContainText("Nicholas Szechenyi");
  await expect(dialog).toContainText("Center for Strategic and International Studies");
  await expect(dialog.getByRole("link", { name: /Read the full fact-check/ })).toHaveAttribute(
    "href",
    new RegExp(`${readerPath}#claim-`),
  );
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  expect((await new AxeBuilder({ page }).include("factdesk-overlay").include("fd-chip").analyze()).violations).toEqual(
    [],
  );
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(chip).toBeFocused();

  // Space opens too, and the unplaced claim opens from the panel
  await page.getByRole("button", { name: /Fact-check: .*Under the treaty/ }).press("Space");
  await expect(page.getByRole("dialog")).toContainText("Article V");
  await page.getByRole("button", { name: "Close" }).click();
  await panel.getByText(/could not be placed/).click();
  await panel.getByRole("button", { name: /The alliance/ }).click();
  await expect(page.getByRole("dialog")).toContainText("North Atlantic Treaty");
  await page.keyboard.press("Escape");

  await page.waitForLoadState("networkidle");
  expect(cspViolations).toEqual([]);
  expect(bodies.some((b) => b.includes(IN_REVIEW_RATIONALE))).toBe(false);
  expect(bodies.some((b) => b.includes("reviewer@example.org"))).toBe(false);
});

test("an editor finds the embed for a published article on its page, ready to copy, with the sites that may show it", async ({
  browser,
  request,
}) => {
  const context = await browser.newContext(asRole("editor"));
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  const panel = page.getByText("Show these fact-checks on the publisher’s site");
  await panel.focus();
  await page.keyboard.press("Enter"); // a native disclosure: keyboard opens it
  const script = await page.getByLabel(/Highlights and cards on the article page/).inputValue();
  expect(script).toMatch(
    new RegExp(
      `^<script src="(https?://[^"]+)/embed/factdesk\\.js" data-factdesk-org="demo" data-factdesk-article="${articleId}" async></script>$`,
    ),
  );
  expect((await request.get(new URL(/src="([^"]+)"/.exec(script)![1]).pathname)).status()).toBe(200);
  const badge = await page.getByLabel(/Or a badge/).inputValue();
  expect(badge).toContain(`/embed/badge/${articleId}"`);
  expect((await request.get(`/embed/badge/${articleId}`)).status()).toBe(200);
  await expect(page.getByText(/Allowed on .*127\.0\.0\.1/)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await context.close();
});

test("the public endpoint validates its query and answers 404 for what is not published", async ({ request }) => {
  const noOrg = await request.get(`${APP}/api/public/reviews?id=${articleId}`);
  expect(noOrg.status()).toBe(400);
  expect(await noOrg.json()).toMatchObject({ parameter: "org" });
  const missing = await request.get(`${APP}/api/public/reviews?org=demo`);
  expect(missing.status()).toBe(400);
  expect(await missing.json()).toMatchObject({ parameter: "id" });
  const unknown = await request.get(
    `${APP}/api/public/reviews?org=demo&url=${encodeURIComponent("https://news.example/not-checked")}`,
    { headers: { Origin: origin } },
  );
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["access-control-allow-origin"]).toBe(origin);
});

test("a site that is not on the organization's embed domains gets nothing: no data, no highlights, no badge", async ({
  page,
  request,
}) => {
  const refused = await request.get(`${APP}/api/public/reviews?org=demo&id=${articleId}`, {
    headers: { Origin: otherSite },
  });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["access-control-allow-origin"]).toBeUndefined();
  expect(await refused.text()).not.toContain("Technically inaccurate");

  // in the browser the answer carries no Access-Control-Allow-Origin, so the page cannot read it at all
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning") warnings.push(m.text());
  });
  const blocked = page.waitForEvent("requestfailed", (r) => r.url().startsWith(`${APP}/api/public/reviews`));
  await page.goto(`${otherSite}/article`);
  await blocked;
  await page.waitForLoadState("networkidle");
  await expect(page.locator("fd-chip")).toHaveCount(0);
  await expect(page.locator("fd-mark")).toHaveCount(0);
  await expect(page.locator("factdesk-overlay")).toHaveCount(0);
  await expect.poll(() => warnings.join("\n")).toContain("is this site on that organization's embed domains?");

  // the badge: its frame-ancestors names only the listed sites, so the browser does not show it here
  await page.goto(`${otherSite}/badge`);
  await page.waitForLoadState("networkidle");
  await expect(page.frameLocator("iframe").getByText(/claims checked by/)).toHaveCount(0);
});

test("the iframe badge may be framed by the listed sites and links to the fact-check", async ({ page, request }) => {
  const res = await request.get(`${APP}/embed/badge/${articleId}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["x-frame-options"]).toBeUndefined();
  expect(res.headers()["content-security-policy"]).toContain(
    "frame-ancestors 'self' https://127.0.0.1:* http://127.0.0.1:*",
  );
  expect(res.headers()["content-security-policy"]).not.toContain("frame-ancestors *");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  // every other page still refuses to be framed
  expect((await request.get(`${APP}${readerPath}`)).headers()["x-frame-options"]).toBe("DENY");

  await page.goto(`${origin}/badge`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByText("4 claims checked by Demo Fact Check Desk")).toBeVisible();
  await expect(frame.getByRole("link", { name: "see the fact-check" })).toHaveAttribute("href", `${APP}${readerPath}`);
  await expect(frame.getByRole("link", { name: "see the fact-check" })).toHaveAttribute("target", "_blank");
  await expect(frame.getByRole("listitem")).toHaveText(["2 Accurate", "1 Technically inaccurate", "1 Misleading"]);
});

test("an admin lists the embed domains: a bad line is named, the snippet names the organization, keyboard and axe", async ({
  browser,
  request,
}) => {
  const admin = await browser.newContext(asRole("admin"));
  const page = await admin.newPage();
  await page.goto("/settings/embed");
  await expect(page.getByRole("heading", { name: "Public pages and embed", level: 1 })).toBeVisible();
  await expect(page.locator("pre").first()).toHaveText(
    new RegExp(`<script src="[^"]+/embed/factdesk.js" data-factdesk-org="demo" async></script>`),
  );
  const field = page.getByLabel("Publisher domains");
  const before = await field.inputValue();
  expect(before.split("\n")).toContain("127.0.0.1");
  // keyboard only: type a bad line, Tab to the button, Enter
  await field.focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nhttps://evil.example/page");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save domains" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("“https://evil.example/page” is not a domain")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue(`${before}\nhttps://evil.example/page`); // the input is kept
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("embed-settings-error.png"), fullPage: true });
  await admin.close();

  // the list did not change, and a reviewer cannot open the page
  const check = await request.get(`${APP}/api/public/reviews?org=demo&id=${articleId}`, {
    headers: { Origin: origin },
  });
  expect(check.status()).toBe(200);
  const reviewer = await browser.newContext(asRole("reviewer"));
  const reviewerPage = await reviewer.newPage();
  await reviewerPage.goto("/settings/embed");
  await expect(reviewerPage.getByLabel("Publisher domains")).toHaveCount(0);
  await reviewer.close();
});
