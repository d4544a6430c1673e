import { expect, test } from "@playwright/test";
import { baseURL, e2eAuthSecret } from "../playwright.config";
import { startAppServers, type AppServers } from "../bench/load/servers";
import { openEventStream, signIn } from "./app-http";
import { asRole, DEMO_PASSWORD } from "./demo-accounts";
import { selectText } from "./helpers";

// Two app servers on one PostgreSQL database, as behind a load balancer: A is the end-to-end run's server, B a second
// `next start` with the same DATABASE_URL and AUTH_SECRET. Nothing a user relies on may live in one server's memory.
const databaseUrl = process.env.E2E_DATABASE_URL;
const A = baseURL;
let B = "";
let second: AppServers | undefined;

test.describe("two app servers on one database", () => {
  test.skip(!databaseUrl, "needs a PostgreSQL server: set E2E_DATABASE_URL (npm test does when DATABASE_URL is set)");

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    second = await startAppServers({
      count: 1,
      firstPort: Number(new URL(A).port) + 1,
      databaseUrl: databaseUrl!,
      authSecret: e2eAuthSecret,
      serverLogs: "hide",
    });
    B = second.bases[0];
  });
  test.afterAll(async () => {
    await second?.stop();
  });

  test("a session signed in on A is valid on B", async () => {
    const { cookie, error } = await signIn(A, "reviewer@example.org", DEMO_PASSWORD);
    expect(error).toBeNull();
    const session = await (await fetch(`${B}/api/auth/session`, { headers: { cookie } })).json();
    expect(session?.user?.email).toBe("reviewer@example.org");
    const page = await fetch(`${B}/articles`, { headers: { cookie }, redirect: "manual" });
    expect(page.status).toBe(200);
  });

  test("a claim added on A arrives on B's live event stream within 2 s", async ({ browser }) => {
    const reviewerContext = await browser.newContext(asRole("reviewer"));
    const reviewer = await reviewerContext.newPage();
    const stop = new AbortController();
    try {
      await reviewer.goto(`${A}/articles/new`);
      await reviewer.getByLabel("Title").fill(`Scale-out check ${Date.now()}`);
      await reviewer
        .getByLabel("Article text")
        .fill("The harbour authority said traffic grew by 12 percent last year.");
      await reviewer.getByRole("button", { name: "Add article" }).click();
      await expect(reviewer).toHaveURL(/\/articles\/(?!new)[^/?]+$/);
      const articleId = new URL(reviewer.url()).pathname.split("/").pop()!;

      // the editor signs in on A and listens on B
      const { cookie } = await signIn(A, "editor@example.org", DEMO_PASSWORD);
      const arrivals: { action: string; at: number }[] = [];
      await openEventStream(
        B,
        articleId,
        cookie,
        (event, data) => {
          if (event === "change")
            arrivals.push({ action: (JSON.parse(data) as { action: string }).action, at: Date.now() });
        },
        stop.signal,
      );

      await selectText(reviewer, "traffic grew by 12 percent");
      await reviewer.getByRole("button", { name: /Add claim/ }).click();
      await expect(reviewer.getByRole("status").filter({ hasText: "Claim added" })).toBeVisible();
      const saved = Date.now();
      await expect
        .poll(() => arrivals.find((a) => a.action === "claim.created"), { timeout: 2_000, intervals: [50] })
        .toBeTruthy();
      const arrival = arrivals.find((a) => a.action === "claim.created")!;
      expect(arrival.at - saved).toBeLessThan(2_000);
    } finally {
      stop.abort();
      await reviewerContext.close();
    }
  });

  test("the sign-in rate limit counts failed attempts made on A and B together", async () => {
    // an account of this test alone, so other specs' sign-ins do not count (the limit is per account and socket
    // address: without TRUSTED_PROXY_HOPS the forged X-Forwarded-For is ignored and changes nothing)
    const headers = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` };
    const email = `scale-out-${Date.now()}@example.org`;
    for (const server of [A, B, A, B, A]) {
      expect((await signIn(server, email, "wrong-password", headers)).error).toBe("invalid");
    }
    // five failures in total, never more than three on one server, then a wait: a per-server counter would let this through
    expect((await signIn(B, email, "wrong-password", headers)).error).toBe("rate_limited");
    expect((await signIn(A, email, "wrong-password", headers)).error).toBe("rate_limited");
  });
});
