import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { SESSION_ABSOLUTE_MAX_AGE_MS, SESSION_IDLE_MAX_AGE_MS } from "./config";

// getViewer() with a real Auth.js cookie and real Session rows: a session is good only while its row is there and
// within both limits, and ending it (one, or all of a user's) takes effect at the next request.
const SECRET = "sessions-test-secret-0123456789abcdef-0123";
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.hoisted(() => {
  process.env.AUTH_SECRET = "sessions-test-secret-0123456789abcdef-0123";
});
const { getViewer } = await import("./viewer");
const { endAllSessionsOfUser, endSession, startSession, LAST_SEEN_GRANULARITY_MS } = await import("./sessions");

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
beforeAll(async () => {
  demo = await seedDemoData(t.db);
});
beforeEach(() => {
  request.headers = new Headers();
});

async function presentCookie(userId: string, sessionId: string) {
  const name = "authjs.session-token";
  request.headers.set(
    "cookie",
    `${name}=${await encode({ token: { uid: userId, sid: sessionId }, secret: SECRET, salt: name })}`,
  );
}

describe("server-side sessions", () => {
  it("a started session reads the viewer; once ended, the same cookie reads nobody", async () => {
    const userId = demo.users.EDITOR.id;
    const sessionId = await startSession(userId);
    await presentCookie(userId, sessionId);
    expect(await getViewer()).toMatchObject({ userId, sessionId, role: "EDITOR", orgId: demo.orgId });
    await endSession(sessionId);
    expect(await getViewer()).toBeNull();
  });

  it("a cookie naming another user's session is refused", async () => {
    const sessionId = await startSession(demo.users.ADMIN.id);
    await presentCookie(demo.users.REVIEWER.id, sessionId);
    expect(await getViewer()).toBeNull();
  });

  it("ends every session of a user except the one kept, and no one else's", async () => {
    const userId = demo.users.REVIEWER.id;
    const [a, b, kept] = [await startSession(userId), await startSession(userId), await startSession(userId)];
    const someoneElse = await startSession(demo.users.EDITOR.id);
    expect(await t.db.$transaction((tx) => endAllSessionsOfUser(tx, userId, { exceptSessionId: kept }))).toBe(2);
    for (const gone of [a, b]) {
      await presentCookie(userId, gone);
      expect(await getViewer()).toBeNull();
    }
    await presentCookie(userId, kept);
    expect(await getViewer()).toMatchObject({ userId });
    await presentCookie(demo.users.EDITOR.id, someoneElse);
    expect(await getViewer()).toMatchObject({ userId: demo.users.EDITOR.id });
  });

  it("ends after 12 h idle, and after 24 h however busy", async () => {
    const userId = demo.users.EDITOR.id;
    const idle = await startSession(userId);
    await t.db.session.update({
      where: { id: idle },
      data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_MAX_AGE_MS - 1000) },
    });
    await presentCookie(userId, idle);
    expect(await getViewer()).toBeNull();

    const old = await startSession(userId);
    await t.db.session.update({
      where: { id: old },
      data: { expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() },
    });
    await presentCookie(userId, old);
    expect(await getViewer()).toBeNull();
  });

  it("activity slides the idle limit (written at most every few minutes) but never the absolute one", async () => {
    const userId = demo.users.EDITOR.id;
    const id = await startSession(userId);
    const { expiresAt } = await t.db.session.findUniqueOrThrow({ where: { id } });
    const stale = new Date(Date.now() - LAST_SEEN_GRANULARITY_MS - 1000);
    await t.db.session.update({ where: { id }, data: { lastSeenAt: stale } });
    await presentCookie(userId, id);
    expect(await getViewer()).toMatchObject({ userId });
    const after = await t.db.session.findUniqueOrThrow({ where: { id } });
    expect(after.lastSeenAt.getTime()).toBeGreaterThan(stale.getTime());
    expect(after.expiresAt).toEqual(expiresAt);
    expect(expiresAt.getTime() - after.createdAt.getTime()).toBe(SESSION_ABSOLUTE_MAX_AGE_MS);
    // a request within the granularity writes nothing
    await getViewer();
    expect((await t.db.session.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(after.lastSeenAt);
  });

  it("a deactivated member has no viewer even with an open session", async () => {
    const userId = demo.users.REVIEWER.id;
    const id = await startSession(userId);
    await presentCookie(userId, id);
    await t.db.membership.updateMany({ where: { userId, orgId: demo.orgId }, data: { deactivatedAt: new Date() } });
    expect(await getViewer()).toBeNull();
    await t.db.membership.updateMany({ where: { userId, orgId: demo.orgId }, data: { deactivatedAt: null } });
  });
});
