import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { ACTION_CALLS } from "../support/action-calls";
import { discoverRouteHandlers, discoverServerActions } from "../support/entry-points";
import { closeTestListener, useListenerDatabase } from "../support/request-mocks";
import { ROUTE_CALLS } from "../support/route-calls";
import { createWorld, fingerprintOrganization, session, type World } from "../support/test-world";
import { AUTHORIZATION_MATRIX } from "./authorization-matrix";

// Issue 13, finding 9: every entry point of the authorization matrix, called by an admin of our organization (who
// may call nearly all of them) with a NUL byte, then with a lone surrogate, appended to every text it sends: form
// fields, object fields, ids, query parameters, path segments, JSON and form bodies. Each must answer with a 400 or a
// field error naming the problem (never a 500 or 503), and our organization's data must not change.

const { poison, actions, routes } = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "bad-characters-test-secret-of-enough-length";
  const state = { active: false, character: "\u0000", touched: 0, formDataOnly: false };
  return {
    poison: state,
    actions: async (original: () => Promise<object>) =>
      (await import("../support/poison")).poisonActions(await original(), state),
    // a poisoned request goes through the real proxy first, as it would over HTTP
    routes: async (original: () => Promise<object>) =>
      (await import("../support/poison")).poisonRoutes(await original(), state, async () => {
        const [{ default: proxy }, { NextRequest: Request_ }] = await Promise.all([
          import("@/proxy"),
          import("next/server"),
        ]);
        return (request: Request) => proxy(new Request_(request), {} as never) as Promise<Response | undefined>;
      }),
  };
});
vi.mock("@/lib/auth/auth", async (original) =>
  (await import("../support/request-mocks")).withSessionAuth(await original<object>()),
);
vi.mock("next/headers", async () => (await import("../support/request-mocks")).requestHeadersModule());
vi.mock("next/cache", async () => (await import("../support/request-mocks")).noCacheModule());
vi.mock("@/lib/live/listener", async (original) =>
  (await import("../support/request-mocks")).withTestListener(await original<typeof import("@/lib/live/listener")>()),
);

// every module with server actions or route handlers (the first test below fails when one is missing here)
vi.mock("@/lib/api-tokens/actions", actions);
vi.mock("@/lib/articles/actions", actions);
vi.mock("@/lib/auth/actions", actions);
vi.mock("@/lib/claims/actions", actions);
vi.mock("@/lib/claim-finder/actions", actions);
vi.mock("@/lib/digest/actions", actions);
vi.mock("@/lib/invitations/actions", actions);
vi.mock("@/lib/password-resets/actions", actions);
vi.mock("@/lib/setup/actions", actions);
vi.mock("@/lib/discussion/actions", actions);
vi.mock("@/lib/embed/actions", actions);
vi.mock("@/lib/history/actions", actions);
vi.mock("@/lib/members/actions", actions);
vi.mock("@/lib/notifications/actions", actions);
vi.mock("@/lib/scales/actions", actions);
vi.mock("@/lib/workflow/actions", actions);
vi.mock("@/app/api/annotations/[articleId]/[claimId]/route", routes);
vi.mock("@/app/api/annotations/[articleId]/route", routes);
vi.mock("@/app/api/articles/[id]/report/route", routes);
vi.mock("@/app/api/articles/[id]/events/route", routes);
vi.mock("@/app/api/articles/[id]/presence/route", routes);
vi.mock("@/app/api/auth/[...nextauth]/route", routes);
vi.mock("@/app/api/exports/route", routes);
vi.mock("@/app/api/imports/route", routes);
vi.mock("@/app/api/public/reviews/route", routes);
vi.mock("@/app/embed/badge/[articleId]/route", routes);
vi.mock("@/app/r/[org]/[article]/route", routes);
vi.mock("@/app/feeds/[org]/claimreview/route", routes);
vi.mock("@/app/api/health/route", routes);
vi.mock("@/app/api/ready/route", routes);

const MOCKED_MODULES = [
  "lib/api-tokens/actions.ts",
  "lib/articles/actions.ts",
  "lib/auth/actions.ts",
  "lib/claims/actions.ts",
  "lib/claim-finder/actions.ts",
  "lib/digest/actions.ts",
  "lib/invitations/actions.ts",
  "lib/password-resets/actions.ts",
  "lib/setup/actions.ts",
  "lib/discussion/actions.ts",
  "lib/embed/actions.ts",
  "lib/history/actions.ts",
  "lib/members/actions.ts",
  "lib/notifications/actions.ts",
  "lib/scales/actions.ts",
  "lib/workflow/actions.ts",
  "app/api/annotations/[articleId]/[claimId]/route.ts",
  "app/api/annotations/[articleId]/route.ts",
  "app/api/articles/[id]/report/route.ts",
  "app/api/articles/[id]/events/route.ts",
  "app/api/articles/[id]/presence/route.ts",
  "app/api/auth/[...nextauth]/route.ts",
  "app/api/exports/route.ts",
  "app/api/imports/route.ts",
  "app/api/public/reviews/route.ts",
  "app/embed/badge/[articleId]/route.ts",
  "app/r/[org]/[article]/route.ts",
  "app/feeds/[org]/claimreview/route.ts",
  "app/api/health/route.ts",
  "app/api/ready/route.ts",
];

// Entry points that take no text at all: nothing to poison (the test checks that indeed nothing was).
const NO_TEXT_INPUT = new Set([
  "lib/notifications/actions.ts#countUnreadNotificationsAction",
  "lib/notifications/actions.ts#loadNotificationsAction",
  "lib/notifications/actions.ts#markAllNotificationsReadAction",
  "lib/auth/actions.ts#signOutAction",
  "OPTIONS /feeds/[org]/claimreview",
  "GET /api/health",
  "GET /api/ready",
]);

const ROOT = path.resolve(import.meta.dirname, "../..");
const CALLS = { ...ACTION_CALLS, ...ROUTE_CALLS };
const CHARACTERS = { "a NUL byte": "\u0000", "a lone surrogate": "\uD800" };
const t = withTestDatabase();
let w: World;

beforeAll(async () => {
  useListenerDatabase(t.url);
  w = await createWorld(t.db);
});
afterAll(() => closeTestListener());

it("wraps every module that has a server action or a route handler (the matrix lists them all)", () => {
  const fileOf = (key: string) => (key.includes("#") ? key.split("#")[0] : `app${key.split(" ")[1]}/route.ts`);
  expect(
    [...new Set(Object.keys(AUTHORIZATION_MATRIX).map(fileOf))].filter((file) => !MOCKED_MODULES.includes(file)),
  ).toEqual([]);
});

/**
 * A clear refusal: a 400 naming the character or the broken escape, INVALID with a field error (the bad character
 * named, or the field's own rule when the field is a choice such as a role or a preset), or sign-in's form state
 * with a field error.
 */
function isClearRefusal(outcome: string | number, body: string): boolean {
  if (outcome === 400) return /NUL byte|surrogate|%-escape|callbackUrl/.test(body);
  if (outcome === "INVALID")
    return /"fieldErrors":\{"[\w.]+":"|"field":"|NUL byte|surrogate/.test(body) && !/Something went wrong/.test(body);
  if (outcome === "NO_REDIRECT") return /"fieldErrors":\{"[a-z]+":"/.test(body);
  return false;
}

describe.each(Object.entries(CHARACTERS))("with %s in every text", (_name, character) => {
  it.each(Object.keys(AUTHORIZATION_MATRIX))("%s", async (key) => {
    await w.signIn("anonymous");
    const call = await CALLS[key](w, "admin");
    const before = await fingerprintOrganization(t.db, t.url, w.ours.orgId);
    await w.signIn("admin");
    Object.assign(poison, { active: true, character, touched: 0, formDataOnly: false });
    const result = await call().finally(() => {
      poison.active = false;
    });
    await w.signIn("anonymous");
    const after = await fingerprintOrganization(t.db, t.url, w.ours.orgId);
    if (NO_TEXT_INPUT.has(key) || (poison.touched === 0 && poison.formDataOnly)) {
      expect(poison.touched, "takes no text (or only form fields, which cannot hold this character)").toBe(0);
      return;
    }
    expect(poison.touched, "the call sends text to poison").toBeGreaterThan(0);
    expect(isClearRefusal(result.outcome, result.body), `${result.outcome}: ${result.body.slice(0, 300)}`).toBe(true);
    expect(after, "nothing of ours changes").toEqual(before);
  });
});

describe("Auth.js routes and callbackUrl", () => {
  it.each([
    "/api/auth/signin?callbackUrl=javascript:alert(1)",
    "/api/auth/signin?callbackUrl=javascript%3Aalert(1)",
    "/api/auth/signout?callbackUrl=%2F%2Fevil.example",
    "/signin?callbackUrl=https%3A%2F%2Fevil.example%2F",
    "/api/auth/session?x=%00",
  ])("%s is a 400 naming the problem", async (address) => {
    const proxy = (await import("@/proxy")).default;
    const response = (await proxy(new NextRequest(`http://localhost:3000${address}`), {} as never)) as Response;
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: "INVALID",
      message: expect.stringMatching(/callbackUrl must be a page of this site|NUL byte/),
    });
  });
});
