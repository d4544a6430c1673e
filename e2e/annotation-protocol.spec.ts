import { expect, test, type APIRequestContext, type APIResponse, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { asRole, SEED_TITLE } from "./demo-accounts";

// The W3C Web Annotation Protocol (https://www.w3.org/TR/annotation-protocol/) MUSTs for servers, against the
// running app: anonymous reads of the seed article's container, writes with a token made on the tokens page.
// A token of another organization (403) needs a second organization: lib/annotations/annotations.int.test.ts.

const ANNO = "http://www.w3.org/ns/anno.jsonld";
const LD = `application/ld+json; profile="${ANNO}"`;
const LDP = "http://www.w3.org/ns/ldp#";
const prefer = (what: string) => `return=representation; include="${LDP}${what}"`;
const ISHIBA = "Ishiba had also invited Trump to visit Japan in the near future";
const COMMITTED = 'Trump later said that the U.S. is "totally committed to the security of Japan"';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let articleId: string;
let path: string; // container path, as clients dereference it
let containerIri: string;
let token: string;

async function findSeedArticleId(page: Page): Promise<string> {
  await page.goto("/articles");
  const href = await page.getByRole("link", { name: SEED_TITLE, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/articles\/[A-Za-z0-9_-]+$/);
  return href!.split("/")[2];
}

async function createTokenThroughUi(page: Page, name: string): Promise<string> {
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Token “${name}” created` })).toBeVisible();
  const value = await page.getByRole("textbox", { name: "New API token" }).inputValue();
  expect(value).toMatch(/^fdk_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("row", { name: new RegExp(escapeRegExp(name)) })).toContainText("Active");
  return value;
}

async function asAdmin<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(asRole("admin"));
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

const annotationFor = (exact: string, extra: Record<string, unknown> = {}) => ({
  "@context": ANNO,
  type: "Annotation",
  motivation: "questioning",
  body: { type: "TextualBody", value: "Sent by the protocol suite: please check this.", format: "text/plain" },
  target: {
    source: "https://mothership.sg/2025/03/trump-japan-alliance/",
    selector: { type: "TextQuoteSelector", exact },
  },
  ...extra,
});

function write(
  request: APIRequestContext,
  method: "POST" | "PUT" | "DELETE",
  url: string,
  options: { body?: unknown; raw?: string; bearer?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.bearer !== null) headers.Authorization = `Bearer ${options.bearer ?? token}`;
  if (options.body !== undefined || options.raw !== undefined) headers["Content-Type"] ??= LD;
  const data = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return request.fetch(url, { method, headers, data });
}

const allowOf = (res: APIResponse) =>
  (res.headers()["allow"] ?? "")
    .split(",")
    .map((m) => m.trim())
    .sort();
const bodyLength = async (res: APIResponse) => (await res.body()).length;

test.beforeAll(async ({ browser }) => {
  await asAdmin(browser, async (page) => {
    articleId = await findSeedArticleId(page);
    token = await createTokenThroughUi(page, `Protocol suite ${Date.now()}`);
  });
  path = `/api/annotations/${articleId}/`;
  containerIri = `${test.info().project.use.baseURL}${path}`;
});

test("the container answers GET with the protocol's headers and an AnnotationCollection of full annotations", async ({
  request,
}) => {
  const res = await request.get(path, { headers: { Accept: LD } });
  expect(res.status()).toBe(200);
  const headers = res.headers();
  expect(headers["content-type"]).toBe(LD);
  expect(headers["link"]).toContain(`<${LDP}BasicContainer>; rel="type"`);
  expect(headers["link"]).toContain(`<http://www.w3.org/TR/annotation-protocol/>; rel="${LDP}constrainedBy"`);
  expect(headers["etag"]).toMatch(/^"[^"]+"$/); // strong
  expect(headers["vary"]).toMatch(/\bAccept\b/);
  expect(headers["vary"]).toMatch(/\bPrefer\b/);
  expect(allowOf(res)).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
  expect(headers["accept-post"]).toBe(LD);
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["content-location"]).toBe(containerIri);

  const body = await res.json();
  expect(body["@context"]).toEqual([ANNO, "http://www.w3.org/ns/ldp.jsonld"]);
  expect(body.id).toBe(containerIri);
  expect(body.type).toEqual(["BasicContainer", "AnnotationCollection"]);
  expect(body.total).toBeGreaterThanOrEqual(4);
  expect(body.label).toContain("Trump complains about US-Japan military alliance");
  expect(body.first).toMatchObject({ id: `${containerIri}?page=0`, type: "AnnotationPage", startIndex: 0 });
  expect(body.first.items).toHaveLength(body.total);
  expect(body.last).toBe(`${containerIri}?page=0`);
  for (const item of body.first.items) {
    expect(item.id).toMatch(new RegExp(`^${escapeRegExp(containerIri)}[A-Za-z0-9_-]+$`));
    expect(item).toMatchObject({
      type: "Annotation",
      motivation: "assessing",
      target: { selector: [{ type: "TextQuoteSelector" }, { type: "TextPositionSelector" }] },
    });
  }
  // the claim still in review is not there
  expect(JSON.stringify(body)).not.toContain("The two leaders met at the White House on 7 February 2025");
});

test("HEAD has GET's headers and no body; OPTIONS describes the container and lets any origin write with a token", async ({
  request,
}) => {
  const get = await request.get(path);
  const head = await request.head(path);
  expect(head.status()).toBe(200);
  for (const name of ["content-type", "link", "etag", "vary", "allow", "accept-post"])
    expect(head.headers()[name], name).toBe(get.headers()[name]);
  expect(await bodyLength(head)).toBe(0);

  const options = await request.fetch(path, { method: "OPTIONS" });
  expect(options.status()).toBe(200);
  expect(allowOf(options)).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
  expect(options.headers()["accept-post"]).toBe(LD);
  expect(options.headers()["link"]).toContain(`<${LDP}BasicContainer>; rel="type"`);

  const preflight = await request.fetch(path, {
    method: "OPTIONS",
    headers: {
      Origin: "https://reader.example",
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization, content-type, if-match, prefer",
    },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("POST");
  for (const header of ["Authorization", "Content-Type", "If-Match", "Prefer"])
    expect(preflight.headers()["access-control-allow-headers"]).toContain(header);
  expect(preflight.headers()["access-control-allow-credentials"]).toBeUndefined(); // tokens, never cookies
  expect(get.headers()["access-control-expose-headers"]).toMatch(
    /ETag.*Link.*Allow.*Accept-Post.*Preference-Applied.*Location/,
  );
});

test("Prefer chooses a minimal container, IRIs only, or full descriptions, and says so", async ({ request }) => {
  const plain = await request.get(path);
  expect(plain.headers()["preference-applied"]).toBeUndefined();
  const ids = (await plain.json()).first.items.map((a: { id: string }) => a.id);

  const minimal = await request.get(path, { headers: { Prefer: prefer("PreferMinimalContainer") } });
  expect(minimal.status()).toBe(200);
  expect(minimal.headers()["preference-applied"]).toBe("return=representation");
  const minimalBody = await minimal.json();
  expect(minimalBody).toMatchObject({
    id: containerIri,
    total: ids.length,
    first: `${containerIri}?page=0`,
    last: `${containerIri}?page=0`,
  });

  const iris = await request.get(path, { headers: { Prefer: prefer("PreferContainedIRIs") } });
  expect(iris.headers()["preference-applied"]).toBe("return=representation");
  const irisBody = await iris.json();
  expect(irisBody.first.items).toEqual(ids);
  expect(irisBody.last).toBe(`${containerIri}?page=0&iris=1`);

  const descriptions = await request.get(path, { headers: { Prefer: prefer("PreferContainedDescriptions") } });
  expect(descriptions.headers()["preference-applied"]).toBe("return=representation");
  expect((await descriptions.json()).first.items.map((a: { id: string }) => a.id)).toEqual(ids);
  expect(descriptions.headers()["etag"]).toBe(plain.headers()["etag"]);

  const tags = new Set([minimal, iris, descriptions].map((r) => r.headers()["etag"]));
  expect(tags.size).toBe(3); // different representations, different validators
});

test("pages link first, next, prev and last, know what they are part of, and end with a 404", async ({ request }) => {
  const all = (await (await request.get(path)).json()).first.items.map((a: { id: string }) => a.id);
  const total = all.length;
  const container = await (await request.get(`${path}?pageSize=1`)).json();
  expect(container.first).toMatchObject({
    id: `${containerIri}?page=0&pageSize=1`,
    next: `${containerIri}?page=1&pageSize=1`,
  });
  expect(container.first.items).toHaveLength(1);
  expect(container.last).toBe(`${containerIri}?page=${total - 1}&pageSize=1`);

  const seen = [container.first.items[0].id];
  let next: string | undefined = container.first.next;
  let index = 1;
  while (next) {
    const res = await request.get(next);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe(LD);
    expect(res.headers()["etag"]).toBeTruthy();
    expect(res.headers()["content-location"]).toBe(next);
    const page = await res.json();
    expect(page).toMatchObject({
      "@context": ANNO,
      id: next,
      type: "AnnotationPage",
      startIndex: index,
      partOf: { id: containerIri, total, type: "AnnotationCollection" },
      prev: `${containerIri}?page=${index - 1}&pageSize=1`,
    });
    expect(page.items).toHaveLength(1);
    seen.push(page.items[0].id);
    next = page.next;
    index += 1;
  }
  expect(index).toBe(total);
  expect(seen).toEqual(all);

  const irisPage = await (await request.get(`${path}?page=0&iris=1`)).json();
  expect(irisPage.items).toEqual(all);
  expect(irisPage.next).toBeUndefined();
  expect(irisPage.prev).toBeUndefined();
  expect((await (await request.get(`${path}?pageSize=500`)).json()).first.id).toBe(
    `${containerIri}?page=0&pageSize=100`,
  );

  expect((await request.get(`${path}?page=${total}&pageSize=1`)).status()).toBe(404);
  expect((await request.get(`${path}?page=1`)).status()).toBe(404);
  const bad = await request.get(`${path}?page=first`);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: "INVALID", message: expect.stringContaining("page") });
});

test("If-None-Match with the current ETag gets 304 for the container, a page and an annotation", async ({
  request,
}) => {
  const first = (await (await request.get(path)).json()).first.items[0].id;
  for (const url of [path, `${path}?page=0`, first]) {
    const res = await request.get(url);
    const etag = res.headers()["etag"];
    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status(), url).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    expect(await bodyLength(again)).toBe(0);
    expect((await request.head(url, { headers: { "If-None-Match": etag } })).status()).toBe(304);
    expect((await request.get(url, { headers: { "If-None-Match": '"not-the-current-one"' } })).status()).toBe(200);
  }
});

test("unknown and unpublished containers, unknown annotations and pages are 404", async ({ request, browser }) => {
  const unknown = await request.get("/api/annotations/no-such-article/");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["access-control-allow-origin"]).toBe("*");
  expect(await unknown.json()).toMatchObject({ error: "NOT_FOUND" });
  for (const method of ["GET", "HEAD", "OPTIONS"])
    expect((await request.fetch(`${path}no-such-claim`, { method })).status(), method).toBe(404);

  const context = await browser.newContext(asRole("reviewer"));
  const page = await context.newPage();
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(`Unpublished draft ${Date.now()}`);
  await page.getByLabel("Article text").fill("An unpublished article has no annotation container.");
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("textbox", { name: /Article text/ })).toBeVisible();
  const draftId = new URL(page.url()).pathname.split("/")[2];
  await context.close();
  expect((await request.get(`/api/annotations/${draftId}/`)).status()).toBe(404);
});

test("content negotiation serves JSON-LD (or plain JSON) and refuses anything else with 406", async ({ request }) => {
  const annotation = (await (await request.get(path)).json()).first.items[0].id;
  for (const accept of [LD, "application/ld+json", "*/*"]) {
    const res = await request.get(path, { headers: { Accept: accept } });
    expect(res.status(), accept).toBe(200);
    expect(res.headers()["content-type"]).toBe(LD);
  }
  const json = await request.get(path, { headers: { Accept: "application/json" } });
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toBe("application/json");
  for (const url of [path, annotation]) {
    for (const accept of ["text/html", "text/turtle"]) {
      const res = await request.get(url, { headers: { Accept: accept } });
      expect(res.status(), `${accept} for ${url}`).toBe(406);
    }
  }
});

test("one annotation is a resource with its own headers, the same as in the container", async ({ request }) => {
  const item = (await (await request.get(path)).json()).first.items[0];
  const res = await request.get(item.id);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe(LD);
  expect(res.headers()["link"]).toBe(`<${LDP}Resource>; rel="type"`);
  expect(allowOf(res)).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PUT"]);
  expect(res.headers()["etag"]).toMatch(/^"[^"]+"$/);
  expect(res.headers()["vary"]).toMatch(/\bAccept\b/);
  expect(res.headers()["content-location"]).toBe(item.id);
  const { "@context": context, ...rest } = await res.json();
  expect(context).toBe(ANNO);
  expect(rest).toEqual(item);

  const head = await request.head(item.id);
  expect(head.headers()["etag"]).toBe(res.headers()["etag"]);
  expect(await bodyLength(head)).toBe(0);
  const options = await request.fetch(item.id, { method: "OPTIONS" });
  expect(options.status()).toBe(200);
  expect(allowOf(options)).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PUT"]);
});

test("writing needs an organization token (401) and an annotation the server can read and place (415, 400, 422)", async ({
  request,
}) => {
  const valid = annotationFor(ISHIBA);
  const anonymous = await write(request, "POST", path, { body: valid, bearer: null });
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["www-authenticate"]).toMatch(/^Bearer/);
  expect(await anonymous.json()).toMatchObject({ error: "UNAUTHENTICATED" });
  expect((await write(request, "POST", path, { body: valid, bearer: `fdk_${"A".repeat(43)}` })).status()).toBe(401);
  expect(
    (
      await write(request, "POST", path, {
        body: valid,
        headers: { Authorization: `Basic ${Buffer.from("admin:x").toString("base64")}` },
        bearer: null,
      })
    ).status(),
  ).toBe(401);

  const wrongType = await write(request, "POST", path, {
    raw: JSON.stringify(valid),
    headers: { "Content-Type": "text/plain" },
  });
  expect(wrongType.status()).toBe(415);
  expect(wrongType.headers()["accept-post"]).toBe(LD);

  const notJson = await write(request, "POST", path, { raw: "{oops" });
  expect(notJson.status()).toBe(400);
  const { target: _target, ...noTarget } = valid;
  const missing = await write(request, "POST", path, { body: noTarget });
  expect(missing.status()).toBe(400);
  expect(await missing.json()).toMatchObject({
    error: "INVALID",
    path: "target",
    message: expect.stringContaining("target"),
  });
  const empty = await write(request, "POST", path, { body: annotationFor("") });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).path).toBe("target.selector.exact");

  const orphaned = await write(request, "POST", path, { body: annotationFor("The moon is made of green cheese") });
  expect(orphaned.status()).toBe(422);
  expect((await orphaned.json()).message).toMatch(/not found in the article/);
  const ambiguous = await write(request, "POST", path, { body: annotationFor("Trump") });
  expect(ambiguous.status()).toBe(422);
  expect((await ambiguous.json()).message).toMatch(/matches \d+ places/);
});

test("POST files the annotation as a draft claim: 201 and Location, not public, visible to reviewers as a draft", async ({
  request,
  browser,
}) => {
  const before = await (await request.get(path)).json();
  const res = await write(request, "POST", path, {
    body: annotationFor(ISHIBA, { id: "urn:uuid:0f5b2c1e-protocol-suite" }),
  });
  expect(res.status()).toBe(201);
  const location = res.headers()["location"];
  expect(location).toMatch(new RegExp(`^${escapeRegExp(containerIri)}[A-Za-z0-9_-]+$`));
  expect(res.headers()["content-type"]).toBe(LD);
  expect(res.headers()["etag"]).toMatch(/^"[^"]+"$/);
  const stored = await res.json();
  expect(stored).toMatchObject({
    "@context": ANNO,
    id: location,
    type: "Annotation",
    status: "draft, awaiting review",
    via: "urn:uuid:0f5b2c1e-protocol-suite",
    body: { type: "TextualBody", value: expect.stringContaining("Sent by the protocol suite") },
    target: { selector: [{ type: "TextQuoteSelector", exact: ISHIBA }, { type: "TextPositionSelector" }] },
  });

  // a draft is not published: its IRI is 404 and the container does not list it
  expect((await request.get(location)).status()).toBe(404);
  const after = await (await request.get(path)).json();
  expect(after.total).toBe(before.total);
  expect(after.first.items.map((a: { id: string }) => a.id)).not.toContain(location);

  const context = await browser.newContext(asRole("reviewer"));
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  const claim = page
    .getByRole("complementary", { name: "Claims" })
    .getByRole("button", { name: new RegExp(escapeRegExp(ISHIBA)) })
    .first();
  await expect(claim).toBeVisible();
  await expect(claim).toContainText("Draft");
  await context.close();

  await asAdmin(browser, async (admin) => {
    await admin.goto("/settings/tokens");
    await expect(admin.getByRole("row", { name: /Protocol suite/ }).first()).not.toContainText("Never");
  });
});

test("PUT and DELETE need a token and a current If-Match; a published annotation stays as readers see it", async ({
  request,
}) => {
  const iri = (await (await request.get(path)).json()).first.items[0].id;
  const current = await request.get(iri);
  const etag = current.headers()["etag"];
  const replacement = annotationFor("We have to protect them, but they don't have to protect us", { id: iri });

  expect((await write(request, "PUT", iri, { body: replacement, bearer: null })).status()).toBe(401);
  expect((await write(request, "PUT", iri, { body: replacement })).status()).toBe(428);
  expect((await write(request, "PUT", iri, { body: replacement, headers: { "If-Match": '"stale"' } })).status()).toBe(
    412,
  );
  const put = await write(request, "PUT", iri, { body: replacement, headers: { "If-Match": etag } });
  expect(put.status()).toBe(200);
  expect(put.headers()["etag"]).toBe(etag);
  expect(await put.json()).toMatchObject({
    id: iri,
    status: expect.stringMatching(/^published; the replacement was stored as a comment/),
  });

  const unchanged = await request.get(iri);
  expect(unchanged.headers()["etag"]).toBe(etag);
  expect(await unchanged.json()).toEqual(await current.json());
  expect((await write(request, "DELETE", iri, { headers: { "If-Match": etag } })).status()).toBe(409);
  expect((await request.get(iri)).status()).toBe(200);
});

test("a draft sent through the API can be withdrawn: DELETE is 428 without If-Match, 412 when stale, then 204", async ({
  request,
}) => {
  const created = await write(request, "POST", path, { body: annotationFor(COMMITTED) });
  expect(created.status()).toBe(201);
  const location = created.headers()["location"];
  const etag = created.headers()["etag"];

  expect((await write(request, "DELETE", location, { bearer: null })).status()).toBe(401);
  expect((await write(request, "DELETE", location)).status()).toBe(428);
  expect((await write(request, "DELETE", location, { headers: { "If-Match": '"stale"' } })).status()).toBe(412);
  const deleted = await write(request, "DELETE", location, { headers: { "If-Match": etag } });
  expect(deleted.status()).toBe(204);
  expect(await bodyLength(deleted)).toBe(0);
  expect((await write(request, "DELETE", location, { headers: { "If-Match": etag } })).status()).toBe(404);
});

test("an admin revokes a token in a confirmation dialog and it stops working at once", async ({ request, browser }) => {
  const name = `Revoked suite ${Date.now()}`;
  await asAdmin(browser, async (page) => {
    const spare = await createTokenThroughUi(page, name);
    // an unreadable body gets past authentication to 400: the token works
    expect((await write(request, "POST", path, { raw: "{", bearer: spare })).status()).toBe(400);

    await page.getByRole("button", { name: `Revoke token ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke the token “${name}”?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Revoke token" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("row", { name: new RegExp(escapeRegExp(name)) })).toContainText("Revoked");
    await expect(page.getByRole("button", { name: `Revoke token ${name}` })).toHaveCount(0);

    const refused = await write(request, "POST", path, { raw: "{", bearer: spare });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).message).toMatch(/revoked/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test("only admins manage tokens", async ({ browser }) => {
  const context = await browser.newContext(asRole("editor"));
  const page = await context.newPage();
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { name: "You don’t have access to the API tokens page" })).toBeVisible();
  await expect(page.getByLabel("Token name")).toHaveCount(0);
  await context.close();
});
