import { describe, expect, it } from "vitest";
import {
  hasSessionCookie,
  mayReadFromReplica,
  runAsAnonymousReader,
  runWithPublicReads,
  stayOnPrimary,
} from "./read-scope";

const request = (init: RequestInit = {}) => new Request("http://reader.example/r/org/article", init);

describe("read scope", () => {
  it("lets anonymous GET and HEAD requests of a public route read from the replica", () => {
    expect(runWithPublicReads(request(), mayReadFromReplica)).toBe(true);
    expect(runWithPublicReads(request({ method: "HEAD" }), mayReadFromReplica)).toBe(true);
  });

  it("lets a page that found no viewer read from the replica", async () => {
    expect(await runAsAnonymousReader(async () => mayReadFromReplica())).toBe(true);
  });

  it("keeps writes, signed-in members and code outside a public route on the primary", () => {
    expect(runWithPublicReads(request({ method: "POST" }), mayReadFromReplica)).toBe(false);
    expect(runWithPublicReads(request({ headers: { cookie: "authjs.session-token=x" } }), mayReadFromReplica)).toBe(
      false,
    );
    expect(mayReadFromReplica()).toBe(false);
  });

  it("recognises the session cookie by name only, plain or __Secure-, among other cookies", () => {
    expect(hasSessionCookie(request({ headers: { cookie: "theme=dark; __Secure-authjs.session-token=x" } }))).toBe(
      true,
    );
    expect(hasSessionCookie(request({ headers: { cookie: "my-authjs.session-token=x; theme=dark" } }))).toBe(false);
    expect(hasSessionCookie(request())).toBe(false);
  });

  it("keeps the scope across awaits and does not leak it out", async () => {
    const inside = await runWithPublicReads(request(), async () => {
      await new Promise((r) => setTimeout(r, 1));
      return mayReadFromReplica();
    });
    expect(inside).toBe(true);
    expect(mayReadFromReplica()).toBe(false);
  });

  it("keeps a request on the primary once it left the replica, without touching other requests", async () => {
    const [first, second] = await Promise.all([
      runWithPublicReads(request(), async () => {
        const before = mayReadFromReplica();
        stayOnPrimary();
        await new Promise((r) => setTimeout(r, 1));
        return [before, mayReadFromReplica()];
      }),
      runWithPublicReads(request(), async () => {
        await new Promise((r) => setTimeout(r, 2));
        return [mayReadFromReplica()];
      }),
    ]);
    expect(first).toEqual([true, false]);
    expect(second).toEqual([true]);
    expect(() => stayOnPrimary()).not.toThrow(); // outside any request: nothing to do
  });
});
