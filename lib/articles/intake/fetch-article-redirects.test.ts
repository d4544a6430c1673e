import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { IntakeError } from "./errors";
import { fetchArticle } from "./fetch-article";
import type { FetchPage } from "./pinned-request";

// No network at all: DNS and fetch are both fakes, so "public.test" can stand for a public
// site and the redirects it sends can point anywhere without anything being contacted.
const page = readFileSync(new URL("./fixtures/article-page.html", import.meta.url), "utf8");
const pageText = readFileSync(new URL("./fixtures/article-page.txt", import.meta.url), "utf8").trimEnd();
const noCanonicalPage = page.replace(/<link rel="canonical"[^>]*>/, "");

async function catchIntakeError(run: () => Promise<unknown>): Promise<IntakeError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error("expected an IntakeError");
}

describe("fetchArticle redirect checks (fake fetch, no network)", () => {
  const lookup = async (host: string) => (host === "public.test" ? ["93.184.216.34"] : ["127.0.0.1"]);

  it.each([
    "http://127.0.0.1/admin",
    "http://[::ffff:7f00:1]/",
    "http://2130706433/",
    "http://169.254.169.254/latest/meta-data/",
    "http://localhost.test/",
  ])("refuses a public page that redirects to %s", async (location) => {
    const fakeFetch = vi.fn<FetchPage>(async () => new Response(null, { status: 302, headers: { location } }));
    const error = await catchIntakeError(() =>
      fetchArticle("http://public.test/story", { allowPrivate: false, lookup, fetch: fakeFetch }),
    );
    expect(error.reason).toBe("blocked_address");
    expect(fakeFetch).toHaveBeenCalledTimes(1);
    expect(fakeFetch.mock.calls[0][0]).toBe("http://public.test/story");
    // the one connection goes to the address that was checked
    expect(fakeFetch.mock.calls[0][1]).toMatchObject({ addresses: ["93.184.216.34"] });
  });

  it("follows redirects between public URLs and reports the final URL", async () => {
    const fakeFetch = vi.fn<FetchPage>(async (input) =>
      String(input) === "http://public.test/story"
        ? new Response(null, { status: 301, headers: { location: "https://public.test/final" } })
        : new Response(noCanonicalPage, { status: 200, headers: { "content-type": "text/html" } }),
    );
    const result = await fetchArticle("http://public.test/story", { allowPrivate: false, lookup, fetch: fakeFetch });
    expect(fakeFetch.mock.calls.map(([input]) => String(input))).toEqual([
      "http://public.test/story",
      "https://public.test/final",
    ]);
    expect(result.meta.canonicalUrl).toBe("https://public.test/final");
    expect(result.text).toBe(pageText);
  });

  it("refuses a redirect to a non-web scheme", async () => {
    const fakeFetch = vi.fn<FetchPage>(
      async () => new Response(null, { status: 302, headers: { location: "file:///etc/passwd" } }),
    );
    const error = await catchIntakeError(() =>
      fetchArticle("http://public.test/", { allowPrivate: false, lookup, fetch: fakeFetch }),
    );
    expect(error.reason).toBe("bad_url");
  });

  it("times out while DNS is still answering", async () => {
    const hangingLookup = () => new Promise<string[]>(() => undefined);
    const fakeFetch = vi.fn<FetchPage>(async () => {
      throw new Error("must not be called");
    });
    const error = await catchIntakeError(() =>
      fetchArticle("http://public.test/", {
        allowPrivate: false,
        lookup: hangingLookup,
        timeoutMs: 100,
        fetch: fakeFetch,
      }),
    );
    expect(error.reason).toBe("timeout");
    expect(fakeFetch).not.toHaveBeenCalled();
  });
});
