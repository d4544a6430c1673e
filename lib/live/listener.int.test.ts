import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createClaim } from "@/lib/claims/mutations";
import { isEmbeddedPostgres } from "./database-kind";
import { LiveListener, type LiveSignal } from "./listener";
import { recordPresence, removePresence } from "./presence";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let embedded = false;
let text = "";
const listeners: LiveListener[] = [];

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  const [{ version }] = await t.db.$queryRaw<{ version: string }[]>`SELECT version() AS version`;
  embedded = isEmbeddedPostgres(version);
  text = (await t.db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } })).text;
});
afterAll(async () => {
  await Promise.all(listeners.map((l) => l.close()));
});

const reviewer = () => ({ userId: demo.users.REVIEWER.id, orgId: demo.orgId });
const newListener = (options: { forcePolling?: boolean; applicationName?: string } = {}) => {
  const l = new LiveListener({ url: t.url, log: () => {}, ...options });
  listeners.push(l);
  return l;
};

// Collects what a subscriber hears and lets a test wait for one signal.
function watch(listener: LiveListener, articleId: string) {
  const heard: { at: number; signal: LiveSignal }[] = [];
  const waiters = new Set<() => void>();
  const unsubscribe = listener.subscribe(articleId, (signal) => {
    heard.push({ at: performance.now(), signal });
    waiters.forEach((w) => w());
  });
  const waitFor = (match: (s: LiveSignal) => boolean, ms: number, since = 0) =>
    new Promise<{ at: number; signal: LiveSignal } | null>((resolve) => {
      const check = () => {
        const found = heard.slice(since).find((h) => match(h.signal));
        if (found) {
          cleanup();
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        resolve(null);
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  return { heard, waitFor, unsubscribe };
}

let phraseIndex = 0;
async function addClaim() {
  const words = text.split(" ");
  const start = text.indexOf(words[10 + phraseIndex++]);
  const t0 = performance.now();
  const claim = await createClaim(reviewer(), {
    articleId: demo.articleId,
    versionId: demo.versionId,
    start,
    end: start + 5,
  });
  return { claim, committedAt: performance.now(), t0 };
}

const isChange = (claimId: string) => (s: LiveSignal) =>
  s.type === "change" && s.event.claimId === claimId && s.event.action === "claim.created";

describe("the live listener", () => {
  it("delivers a committed change within 2 s (LISTEN/NOTIFY on PostgreSQL, polling on the embedded database)", async () => {
    const listener = newListener();
    expect(await listener.ready()).toBe(embedded ? "poll" : "listen");
    const w = watch(listener, demo.articleId);
    expect(await w.waitFor((s) => s.type === "presence", 3000)).not.toBeNull(); // the feed is ready

    const { claim, committedAt } = await addClaim();
    const got = await w.waitFor(isChange(claim.id), 2000);
    expect(got, "change not delivered within 2 s").not.toBeNull();
    expect(got!.at - committedAt).toBeLessThan(2000);
    if (got!.signal.type === "change") expect(got!.signal.event.actorName).toBe("Riley Reviewer");
    w.unsubscribe();
  });

  it("delivers through the polling fallback within 2 s on any database", async () => {
    const listener = newListener({ forcePolling: true });
    expect(await listener.ready()).toBe("poll");
    const w = watch(listener, demo.articleId);
    await w.waitFor((s) => s.type === "presence", 3000);
    const { claim, committedAt } = await addClaim();
    const got = await w.waitFor(isChange(claim.id), 2000);
    expect(got).not.toBeNull();
    expect(got!.at - committedAt).toBeLessThan(2000);
    // history from before the subscription is not news
    expect(w.heard.filter((h) => h.signal.type === "change")).toHaveLength(1);
    w.unsubscribe();
  });

  it("never announces a change whose transaction rolled back", async () => {
    const listener = newListener();
    await listener.ready();
    const w = watch(listener, demo.articleId);
    await w.waitFor((s) => s.type === "presence", 3000);
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.auditEvent.create({
          data: {
            orgId: demo.orgId,
            actorId: demo.users.EDITOR.id,
            entityType: "claim",
            entityId: "x",
            articleId: demo.articleId,
            action: "claim.rolled_back",
          },
        });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await w.waitFor((s) => s.type === "change", 1500)).toBeNull();
    w.unsubscribe();
  });

  it("tells subscribers who joins and leaves", async () => {
    const listener = newListener();
    await listener.ready();
    const w = watch(listener, demo.articleId);
    const editor = { userId: demo.users.EDITOR.id, orgId: demo.orgId };
    await w.waitFor((s) => s.type === "presence", 3000);
    await recordPresence(editor, demo.articleId, "tab-editor-1");
    const joined = await w.waitFor((s) => s.type === "presence" && s.rows.some((r) => r.name === "Erin Editor"), 2000);
    expect(joined).not.toBeNull();
    const afterJoin = w.heard.indexOf(joined!) + 1;
    await removePresence(editor, demo.articleId, "tab-editor-1");
    expect(await w.waitFor((s) => s.type === "presence" && s.rows.length === 0, 2000, afterJoin)).not.toBeNull();
    await expect(
      recordPresence({ userId: demo.users.EDITOR.id, orgId: "another-org" }, demo.articleId, "tab-x"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    w.unsubscribe();
  });

  it("keeps delivering while the LISTEN connection is lost, and listens again after reconnecting", async (ctx) => {
    if (embedded) return ctx.skip(); // the embedded database has no LISTEN connection to lose
    const applicationName = `factdesk-live-test-${process.pid}-${Date.now()}`;
    const listener = newListener({ applicationName });
    expect(await listener.ready()).toBe("listen");
    const w = watch(listener, demo.articleId);
    await w.waitFor((s) => s.type === "presence", 3000);
    const admin = new pg.Client({ connectionString: t.url.replace(/\?.*$/, "") });
    await admin.connect();
    const killed = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
      [applicationName],
    );
    expect(killed.rowCount).toBe(1);
    await admin.end();
    for (let i = 0; i < 40 && listener.currentMode === "listen"; i++) await new Promise((r) => setTimeout(r, 25));
    const { claim, committedAt } = await addClaim();
    const got = await w.waitFor(isChange(claim.id), 2000);
    expect(got).not.toBeNull();
    expect(got!.at - committedAt).toBeLessThan(2000);
    for (let i = 0; i < 200 && listener.currentMode !== "listen"; i++) await new Promise((r) => setTimeout(r, 50));
    expect(listener.currentMode).toBe("listen");
    w.unsubscribe();
  });
});
