import { describe, expect, it } from "vitest";
import { publicReviewsQuerySchema } from "./schema";

const problem = (query: Record<string, string>) => {
  const result = publicReviewsQuerySchema.safeParse(query);
  return result.success ? null : { path: result.error.issues[0].path.join("."), message: result.error.issues[0].message };
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
