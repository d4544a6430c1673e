import { expect, test } from "@playwright/test";
import { asRole } from "./demo-accounts";

// Issue 13, finding 9, over real HTTP against the built app: NUL bytes, broken characters and a callbackUrl that
// leaves the site get a 400 naming the problem (they used to give 500 or 503), and a form field shows its error.

test.use(asRole("editor"));

test("addresses with a NUL byte, a broken %-escape or a foreign callbackUrl are a 400 naming the problem", async ({
  request,
}) => {
  for (const [address, words] of [
    ["/search?q=a%00b", "The query parameter q contains a NUL byte"],
    ["/r/demo/abc%00", "The address contains a NUL byte"],
    ["/r/demo%ED%A0%80/abc", "The address has a broken %-escape"],
    ["/feeds/demo%00/claimreview", "The address contains a NUL byte"],
    [
      "/api/public/reviews?org=demo&url=https%3A%2F%2Fnews.example%2F%00",
      "The query parameter url contains a NUL byte",
    ],
    ["/api/auth/signin?callbackUrl=javascript:alert(1)", "callbackUrl must be a page of this site"],
    ["/signin?callbackUrl=%2F%2Fevil.example", "callbackUrl must be a page of this site"],
  ] as const) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(400);
    expect((await response.json()).message, address).toContain(words);
  }
  // a broken %-escape in the query string is repaired by Next.js before any of our code runs (each bad byte becomes
  // U+FFFD, a real character): those pages answer as for any other text, never with a 500 or 503
  for (const address of ["/articles?status=%ED%A0%80", "/search?q=%ED%A0%80", "/api/exports?format=%ED%A0%80"]) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBeLessThan(500);
  }
});

test("Auth.js's sign-in form refuses a NUL byte and a javascript: callbackUrl with a 400", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const { csrfToken } = await (await anonymous.get("/api/auth/csrf")).json();
  for (const [field, value] of [
    ["email", "editor@example.org\u0000"],
    ["callbackUrl", "javascript:alert(1)"],
  ]) {
    const form = { csrfToken, email: "editor@example.org", password: "x", callbackUrl: "/articles", [field]: value };
    const response = await anonymous.post("/api/auth/callback/credentials", { form, maxRedirects: 0 });
    expect(response.status(), field).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/NUL byte|callbackUrl must be a page of this site/);
  }
  await anonymous.dispose();
});

test("a form field with a NUL byte shows a field error and saves nothing", async ({ browser }) => {
  const admin = await browser.newContext(asRole("admin"));
  const page = await admin.newPage();
  await page.goto("/settings/tokens");
  const rows = await page.getByRole("row").count();
  // typing cannot put a NUL in a field; a script or a paste of binary data can
  const name = page.getByLabel("Token name");
  await name.evaluate((el: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(el, "Browser\u0000 extension");
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(
    page
      .getByText("contains a character that cannot be saved. Remove it and try again. (It holds a NUL byte.)")
      .first(),
  ).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByRole("row")).toHaveCount(rows);
  await admin.close();
});
