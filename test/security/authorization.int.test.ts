import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { ACTION_CALLS } from "../support/action-calls";
import { AUTHORIZATION_MATRIX, CALLERS, type Caller, type Outcome } from "./authorization-matrix";
import { discoverRouteHandlers, discoverServerActions, findInlineServerActions } from "../support/entry-points";
import { closeTestListener, useListenerDatabase } from "../support/request-mocks";
import { ROUTE_CALLS } from "../support/route-calls";
import { createWorld, fingerprintOrganization, session, type World } from "../support/test-world";

// The authorization matrix, cell by cell: every server action and route handler (discovered from the code) called
// by each kind of caller against our organization's rows, on a real database.

// Auth.js reads its secret when lib/auth/auth.ts is loaded, before any hook runs.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "authorization-matrix-test-secret-of-enough-length";
});
vi.mock("@/lib/auth/auth", async (original) =>
  (await import("../support/request-mocks")).withSessionAuth(await original<object>()),
);
vi.mock("next/headers", async () => (await import("../support/request-mocks")).requestHeadersModule());
vi.mock("next/cache", async () => (await import("../support/request-mocks")).noCacheModule());
vi.mock("@/lib/live/listener", async (original) =>
  (await import("../support/request-mocks")).withTestListener(await original<typeof import("@/lib/live/listener")>()),
);

const ROOT = path.resolve(import.meta.dirname, "../..");
const CALLS = { ...ACTION_CALLS, ...ROUTE_CALLS };
const t = withTestDatabase();
let w: World;

beforeAll(async () => {
  useListenerDatabase(t.url);
  w = await createWorld(t.db);
});
afterAll(() => closeTestListener());

describe("the matrix covers every way in", () => {
  it("names every exported server action and route handler method, and nothing that no longer exists", async () => {
    const discovered = [...(await discoverServerActions(ROOT)), ...(await discoverRouteHandlers(ROOT))].map(
      (e) => e.key,
    );
    expect(discovered.length).toBeGreaterThan(40);
    const compare = (named: string[]) => ({
      inCodeButNotNamed: discovered.filter((key) => !named.includes(key)),
      namedButGoneFromCode: named.filter((key) => !discovered.includes(key)),
    });
    const agreed = { inCodeButNotNamed: [], namedButGoneFromCode: [] };
    expect(compare(Object.keys(AUTHORIZATION_MATRIX)), "lib/security/authorization-matrix.ts").toEqual(agreed);
    expect(compare(Object.keys(CALLS)), "lib/security/action-calls.ts and route-calls.ts").toEqual(agreed);
  });

  it("finds no inline server action it could not list", () => {
    expect(findInlineServerActions(ROOT)).toEqual([]);
  });

  it("answers actions with action codes and route handlers with HTTP statuses", () => {
    for (const [key, row] of Object.entries(AUTHORIZATION_MATRIX)) {
      const isRoute = !key.includes("#");
      for (const caller of CALLERS)
        expect(typeof row[caller] === "number" || row[caller] === "200 OWN", `${key} as ${caller}`).toBe(isRoute);
    }
  });
});

const isDenied = (outcome: Outcome) =>
  typeof outcome === "number" ? outcome >= 400 : !["OK", "OWN", "200 OWN"].includes(outcome);
const answerOf = (outcome: Outcome) => (outcome === "OWN" ? "OK" : outcome === "200 OWN" ? 200 : outcome);

async function runCell(key: string, caller: Caller) {
  const row = AUTHORIZATION_MATRIX[key];
  const expected = row[caller];
  session.userId = null;
  session.sessionId = null;
  const call = await CALLS[key](w, caller);
  const before = await fingerprintOrganization(t.db, t.url, w.ours.orgId);
  await w.signIn(caller);
  const result = await call().finally(() => {
    session.userId = null;
    session.sessionId = null;
  });
  const after = await fingerprintOrganization(t.db, t.url, w.ours.orgId);

  expect(result.outcome, result.body.slice(0, 300)).toBe(answerOf(expected));
  const ownOnly = expected === "OWN" || expected === "200 OWN";
  if (row.kind === "write" && !isDenied(expected) && !ownOnly)
    expect(after, "an allowed write changes our data").not.toEqual(before);
  else expect(after, "nothing of ours changes").toEqual(before);
  if (caller === "otherOrg" && row.kind !== "public") {
    for (const id of w.ourIdentifiers)
      expect(result.body, "another organization gets nothing of ours").not.toContain(id);
  }
}

describe.each(Object.keys(AUTHORIZATION_MATRIX))("%s", (key) => {
  it.each(CALLERS.map((caller) => [caller, AUTHORIZATION_MATRIX[key][caller]] as const))(
    "as %s: %s",
    async (caller) => {
      await runCell(key, caller);
    },
  );
});
