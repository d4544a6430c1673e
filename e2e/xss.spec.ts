import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { Marked } from "marked";
import { findXssInDom } from "../test/support/find-xss-in-dom";
import { findXssInHtml } from "../test/support/find-xss-in-html";
import { sentinelCall, XSS_PAYLOADS } from "../test/support/xss-payloads";
import { asRole } from "./demo-accounts";
import { allowEmbedSite, selectText } from "./helpers";

// The XSS proof in the real UI (issue 8): every payload of test/support/xss-payloads.ts is pasted as article HTML
// and typed into every field a member can type into; then the article is read as reviewer (annotator, claim card,
// history, search, expert directory), published by an editor, and read on the public page, in the embed on a
// publisher's page and in the printable report. Any execution calls window.__xss(n) or alert(n); after each view
// the DOM of its content is inspected (findXssInDom). CSP is bypassed so that only the sanitizing is under test.

const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const TOKEN = `xssproof${Date.now().toString(36)}`;
const PHRASE = "cargo volumes rose by twelve per cent in the first quarter";
const HEADLINE = `Harbour report ${TOKEN}`;
const PARAGRAPHS = [
  `The harbour authority said ${PHRASE} of the year.`,
  "Dock workers reported longer shifts during the busiest weeks of spring.",
];
const ALL_PAYLOADS = XSS_PAYLOADS.map((p) => p.text);

// Hands out payloads in order, round the list, as many as fit in a field of `max` characters.
let cursor = 0;
function nextPayloads(max: number, prefix = ""): string {
  let value = prefix;
  for (let tried = 0; tried < XSS_PAYLOADS.length; tried++) {
    const text = ALL_PAYLOADS[cursor % ALL_PAYLOADS.length];
    const joined = value ? `${value} ${text}` : text;
    if (joined.length > max) break;
    value = joined;
    cursor++;
  }
  return value;
}

type Watch = { calls: number[]; dialogs: string[] };

async function watchedContext(browser: Browser, role: "reviewer" | "editor", watch: Watch): Promise<BrowserContext> {
  const context = await browser.newContext({ ...asRole(role), bypassCSP: true });
  await context.exposeFunction("__xssReport", (n: number) => {
    watch.calls.push(n);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: (n: number) => void; __xssReport?: (n: number) => void };
    w.__xss = (n: number) => {
      w.__xssReport?.(n);
    };
  });
  context.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return context;
}

// `isAppPage`: a whole page region, whose own forms are expected (see findXssInDom)
async function expectInert(region: Locator, what: string, isAppPage = true): Promise<void> {
  await expect(region.first()).toBeAttached();
  for (const element of await region.all())
    expect(await element.evaluate(findXssInDom, isAppPage), `${what} holds markup that can run`).toEqual([]);
}

function expectNothingRan(watch: Watch, where: string): void {
  expect(watch.calls, `payloads that called the sentinel (${where})`).toEqual([]);
  expect(watch.dialogs, `dialogs that opened (${where})`).toEqual([]);
}

// The detectors must be able to fail: a call of the sentinel, an alert and planted markup are all caught.
async function proveTheWatchWorks(page: Page, watch: Watch): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __xss: (n: number) => void }).__xss(0);
    alert(0);
    const probe = document.createElement("p");
    probe.id = "xss-probe";
    probe.innerHTML = `<img src="x" onerror="void 0"><a href=" JaVa&#x09;script:void 0">x</a>`;
    document.body.append(probe);
  });
  await expect.poll(() => watch.calls).toEqual([0]);
  expect(watch.dialogs).toEqual(["alert: 0"]);
  expect(await page.locator("#xss-probe").evaluate(findXssInDom)).toHaveLength(2);
  watch.calls.length = 0;
  watch.dialogs.length = 0;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

async function startPublisher(articleId: string): Promise<{ server: Server; origin: string }> {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title></head><body>
    <main><div data-factdesk-root><h1>${escapeHtml(HEADLINE)}</h1>${PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</div></main>
    <script src="${APP}/embed/factdesk.js" data-factdesk-org="demo" data-factdesk-article="${articleId}" async></script></body></html>`;
  const server = createServer(
    (_req, res) => void res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function createHostileArticle(page: Page): Promise<string> {
  await page.goto("/articles/new");
  const html = [
    `<h1>${HEADLINE}</h1>`,
    ...PARAGRAPHS.map((p) => `<p>${p}</p>`),
    ...ALL_PAYLOADS.map((p) => `<p>${p}</p>`),
  ].join("\n");
  await page.getByLabel("Article text").fill(html);
  await page.getByLabel("Title").fill(nextPayloads(500, HEADLINE));
  await page.getByLabel("Outlet").fill(nextPayloads(200));
  await page.getByLabel("Author").fill(nextPayloads(300));
  // a script address is refused with a message; an odd but real web address is kept
  await page.getByLabel("Original URL").fill(`javascript:${sentinelCall(0)}`);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.locator("#originalUrl-error")).toHaveText("The original URL must start with http:// or https://.");
  await page.getByLabel("Original URL").fill(`https://example.org/story?q="><script>${sentinelCall(0)}</script>`);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new)[^/?]+$/, { timeout: 30_000 });
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function fillClaimCard(card: Locator): Promise<void> {
  await card.getByRole("textbox", { name: "Claimant", exact: true }).fill(nextPayloads(300, TOKEN));
  await card.getByRole("textbox", { name: "Context", exact: true }).fill(nextPayloads(1000));
  await card.getByRole("radio").first().check();
  await card.getByLabel(/Rationale/).fill(`${TOKEN}\n\n${ALL_PAYLOADS.join("\n\n")}`);
  await card.getByRole("button", { name: "+ Expert citation" }).click();
  await card.getByRole("combobox", { name: "Expert", exact: true }).selectOption({ label: "+ New expert…" });
  await card.getByRole("textbox", { name: "Expert name", exact: true }).fill(nextPayloads(200, `Expert ${TOKEN}`));
  await card.getByRole("textbox", { name: "Title", exact: true }).first().fill(nextPayloads(200));
  await card.getByRole("textbox", { name: "Affiliation", exact: true }).fill(nextPayloads(200));
  await card.getByRole("textbox", { name: /^Profile URL/ }).fill(`JaVaScRiPt:${sentinelCall(0)}`);
  await card.getByRole("textbox", { name: "What the expert said", exact: true }).fill(nextPayloads(5000));
  await card.getByRole("textbox", { name: "Where it was said", exact: true }).fill(nextPayloads(500));
  await card.getByRole("button", { name: "+ Source" }).click();
  await card.getByRole("textbox", { name: "Title", exact: true }).last().fill(nextPayloads(500, TOKEN));
  await card.getByRole("textbox", { name: "Publisher", exact: true }).fill(nextPayloads(300));
  await card.getByRole("textbox", { name: /^URL/ }).fill(`data:text/html,<script>${sentinelCall(0)}</script>`);
  await card.getByRole("textbox", { name: "Relevant excerpt (optional)", exact: true }).fill(nextPayloads(5000));
  await card.getByRole("button", { name: "Save claim" }).click();
  await expect(card.getByText(/web address starting with http/).first()).toBeVisible();
  await expect(card.getByText(/Saved at/)).toHaveCount(0);
  await card
    .getByRole("textbox", { name: /^Profile URL/ })
    .fill(`https://example.org/people/"><svg onload=${sentinelCall(0)}>`);
  await card
    .getByRole("textbox", { name: /^URL/ })
    .fill(`https://example.org/doc?x=</script><img src=x onerror=${sentinelCall(0)}>`);
  await card.getByRole("button", { name: "Save claim" }).click();
  await expect(card.getByText(/Saved at/)).toBeVisible({ timeout: 20_000 });
}

test("no payload runs or survives in any view: desk, public page, embed, report", async ({ browser }) => {
  test.setTimeout(240_000);
  const watch: Watch = { calls: [], dialogs: [] };
  const reviewerContext = await watchedContext(browser, "reviewer", watch);
  const editorContext = await watchedContext(browser, "editor", watch);
  let publisher: Server | undefined;
  try {
    // a reviewer pastes every payload as HTML, types payloads into the metadata, the claim, its evidence and a comment
    const reviewer = await reviewerContext.newPage();
    await reviewer.goto("/articles");
    await proveTheWatchWorks(reviewer, watch);
    const articleId = await createHostileArticle(reviewer);
    await expect(reviewer.getByRole("textbox", { name: /Article text/ })).toContainText("Dock workers reported");
    await selectText(reviewer, PHRASE);
    await reviewer.getByRole("button", { name: /Add claim/ }).click();
    const card = reviewer.getByRole("region", { name: "Claim card" });
    await fillClaimCard(card);
    await card.getByLabel("Add a comment").fill(nextPayloads(5000));
    await card.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(card.getByRole("article", { name: "Comment by Riley Reviewer" })).toBeVisible();
    await card.getByRole("button", { name: "Submit for review" }).click();
    await expect(card.getByText("Waiting for an editor’s approval.")).toBeVisible();
    await card.getByRole("button", { name: "History" }).click();
    await expect(card.getByRole("list", { name: "Changes to this claim, newest first" })).toBeVisible();
    await expectInert(reviewer.locator("#main"), "the annotator with the claim card, comments and history");
    expectNothingRan(watch, "annotator");

    // the reviewer's other views of the same text
    await reviewer.reload();
    await reviewer.getByRole("button", { name: new RegExp(`“${PHRASE}`) }).click();
    await expect(reviewer.getByRole("region", { name: "Claim card" })).toBeVisible();
    await expectInert(reviewer.locator("#main"), "the annotator after a reload");
    for (const path of [`/search?q=${TOKEN}`, `/articles?q=${TOKEN}`, `/experts?q=${TOKEN}`]) {
      await reviewer.goto(path);
      await expect(reviewer.locator("#main")).toContainText(TOKEN);
      await expectInert(reviewer.locator("#main"), path);
    }
    await reviewer
      .getByRole("link", { name: new RegExp(`Expert ${TOKEN}`) })
      .first()
      .click();
    await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(TOKEN);
    await expectInert(reviewer.locator("#main"), "the expert's page");
    expectNothingRan(watch, "reviewer views");

    // an editor approves and publishes
    const editor = await editorContext.newPage();
    await editor.goto(`/articles/${articleId}`);
    await editor.getByRole("button", { name: new RegExp(`“${PHRASE}`) }).click();
    const editorCard = editor.getByRole("region", { name: "Claim card" });
    await editorCard.getByRole("button", { name: "Approve" }).click();
    await expect(editorCard.getByText(/Approved: it goes live/)).toBeVisible();
    await editor.getByRole("button", { name: "Publish…" }).click();
    await editor.getByRole("dialog").getByRole("button", { name: "Publish now" }).click();
    await expect(editor.getByRole("dialog").getByText(/Published\. 1 claim is live/)).toBeVisible();
    await editor.keyboard.press("Escape");
    const readerPath = (await editor.getByRole("link", { name: "Reader view" }).getAttribute("href"))!;

    // the public reader page: the article, the open card, the ClaimReview JSON-LD
    await editor.goto(readerPath);
    await expectInert(editor.locator("main"), "the reader page");
    await editor
      .getByRole("button", { name: /^Fact-check:/ })
      .first()
      .click();
    const readerCard = editor.getByRole("dialog");
    await expect(readerCard).toContainText(TOKEN);
    await expectInert(readerCard, "the reader's claim card", false);
    const jsonLd = editor.locator('script[type="application/ld+json"]');
    await expect(jsonLd).toHaveCount(1);
    const claimReviews = JSON.parse((await jsonLd.textContent())!);
    expect(JSON.stringify(claimReviews)).toContain(TOKEN);
    await expectInert(editor.locator("body header"), "the reader page's header");
    await expect(editor.locator('meta[property="og:title"]')).toHaveAttribute("content", new RegExp(TOKEN));

    // the printable review report
    await editor.goto(`/articles/${articleId}/report`);
    await expect(editor.locator("#main")).toContainText(TOKEN);
    await expectInert(editor.locator("#main"), "the printable report");
    // its downloads: the Markdown as an unsanitizing viewer would render it, the PDF's actions and links
    const markdown = await (await editor.request.get(`/api/articles/${articleId}/report?format=md`)).text();
    expect(markdown).toContain(TOKEN);
    expect(findXssInHtml(new Marked({ gfm: true, async: false }).parse(markdown, { async: false }))).toEqual([]);
    const pdf = (await (await editor.request.get(`/api/articles/${articleId}/report?format=pdf`)).body()).toString(
      "latin1",
    );
    expect(pdf.startsWith("%PDF")).toBe(true);
    expect(pdf).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData)\b/);
    const uris = [...pdf.matchAll(/\/URI\s*\(([^)]*)\)/g)].map(([, uri]) => uri);
    expect(uris.length).toBeGreaterThan(0); // the links are there to check: the original, the reader page, the sources
    for (const uri of uris) expect(uri).toMatch(/^https?:\/\//);
    expectNothingRan(watch, "reader page and report");

    // the embed on a publisher's page (on the demo organization's allow-list): highlights in the page, the card in a shadow root
    const adminContext = await browser.newContext(asRole("admin"));
    await allowEmbedSite(await adminContext.newPage(), "127.0.0.1");
    await adminContext.close();
    const started = await startPublisher(articleId);
    publisher = started.server;
    await editor.goto(started.origin);
    const chip = editor.getByRole("button", { name: /Fact-check:/ });
    await expect(chip).toHaveCount(1, { timeout: 20_000 });
    await chip.click();
    const embedCard = editor.getByRole("dialog");
    await expect(embedCard).toContainText(TOKEN);
    await expectInert(editor.locator("[data-factdesk-root]"), "the publisher's article with highlights", false);
    await expectInert(editor.locator("factdesk-overlay"), "the embed's shadow root", false);
    expectNothingRan(watch, "embed");
  } finally {
    await reviewerContext.close();
    await editorContext.close();
    await new Promise((resolve) => (publisher ? publisher.close(resolve) : resolve(undefined)));
  }
});
