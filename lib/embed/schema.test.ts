import { describe, expect, it } from "vitest";
import { issueMessage } from "@/lib/validation/issue-message";
import { embedDomainsSchema, publicReviewsQuerySchema } from "./schema";

const problem = (query: Record<string, string>) => {
  const result = publicReviewsQuerySchema.safeParse({ org: "demo", ...query });
  return result.success
    ? null
    : { path: result.error.issues[0].path.join("."), message: issueMessage(result.error.issues[0]) };
};

describe("publicReviewsQuerySchema", () => {
  it("accepts an id or an address", () => {
    expect(problem({ id: "cmabc123" })).toBeNull();
    expect(problem({ url: "https://news.example/world/a/#top" })).toBeNull();
  });
  it.each([
    [{}, "id"],
    [{ id: "x", url: "https://news.example/a" }, "url"],
    [{ id: "../../etc/passwd" }, "id"],
    [{ url: "javascript:alert(1)" }, "url"],
    [{ url: `https://news.example/${"a".repeat(2100)}` }, "url"],
  ])("%j is refused, naming %s", (query, parameter) => {
    const p = problem(query);
    expect(p?.path).toBe(parameter);
    expect(p?.message.startsWith(parameter)).toBe(true);
  });
});

describe("publicReviewsQuerySchema's organization", () => {
  it.each([[{ id: "cmabc123" }], [{ org: "a b", id: "cmabc123" }], [{ org: "../x", id: "cmabc123" }]])(
    "%j is refused, naming org",
    (query) => {
      const result = publicReviewsQuerySchema.safeParse(query);
      expect(result.success ? null : result.error.issues[0].path).toEqual(["org"]);
    },
  );
});

describe("embedDomainsSchema", () => {
  it("keeps one normalized domain per line, once each, and an empty list", () => {
    expect(
      embedDomainsSchema.parse({
        domains: "News.example\r\n\n https://news.example/ \n*.chain.example\nlocalhost:8080",
      }).domains,
    ).toEqual(["news.example", "*.chain.example", "localhost:8080"]);
    expect(embedDomainsSchema.parse({ domains: "  \n" }).domains).toEqual([]);
  });
  it("names the line that is not a domain", () => {
    const result = embedDomainsSchema.safeParse({ domains: "news.example\nhttps://evil.example/page" });
    expect(result.success ? null : issueMessage(result.error.issues[0])).toContain(
      "“https://evil.example/page” is not a domain",
    );
  });
  it("refuses more than 50 domains", () => {
    const domains = Array.from({ length: 51 }, (_, i) => `site${i}.example`).join("\n");
    expect(embedDomainsSchema.safeParse({ domains }).success).toBe(false);
  });
});
