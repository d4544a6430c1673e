import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createClaim } from "@/lib/claims/mutations";
import { openArticleEventStream } from "./event-stream";
import { LiveListener } from "./listener";
import { recordPresence } from "./presence";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let listener: LiveListener;

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  listener = new LiveListener({ url: t.url, log: () => {} });
  await listener.ready();
});
afterAll(() => listener.close());

// Reads SSE messages off the stream until `until` says stop (or 5 s pass).
async function readMessages(
  stream: ReadableStream<Uint8Array>,
  until: (messages: { event: string; id?: string; data: unknown }[]) => boolean,
) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const messages: { event: string; id?: string; data: unknown }[] = [];
  let buffer = "";
  const deadline = Date.now() + 5_000;
  while (!until(messages) && Date.now() < deadline) {
    const { value, done } = await Promise.race([
      reader.read(),
      new Promise<{ value: undefined; done: true }>((r) =>
        setTimeout(() => r({ value: undefined, done: true }), deadline - Date.now()),
      ),
    ]);
    if (done || !value) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (block.startsWith(":")) continue;
      const field = (name: string) =>
        block
          .split("\n")
          .find((l) => l.startsWith(`${name}: `))
          ?.slice(name.length + 2);
      messages.push({ event: field("event") ?? "message", id: field("id"), data: JSON.parse(field("data") ?? "null") });
    }
  }
  reader.releaseLock();
  return messages;
}

describe("an article's event stream", () => {
  it("replays what a reconnecting viewer missed, skips their own changes, lists who is there and leaves on abort", async () => {
    const reviewer = { userId: demo.users.REVIEWER.id, orgId: demo.orgId };
    const editor = { userId: demo.users.EDITOR.id, orgId: demo.orgId };
    const lastSeen = await t.db.auditEvent.findFirstOrThrow({
      where: { articleId: demo.articleId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    const missed = await createClaim(reviewer, {
      articleId: demo.articleId,
      versionId: demo.versionId,
      start: 0,
      end: 10,
    });
    await createClaim(editor, { articleId: demo.articleId, versionId: demo.versionId, start: 20, end: 30 }); // the editor's own
    await recordPresence(reviewer, demo.articleId, "reviewer-tab-1");
    await recordPresence(editor, demo.articleId, "editor-tab-1");

    const abort = new AbortController();
    const stream = openArticleEventStream({
      viewer: editor,
      articleId: demo.articleId,
      tabId: "editor-tab-1",
      lastEventId: lastSeen.id,
      signal: abort.signal,
      listener,
    });
    const messages = await readMessages(
      stream,
      (m) => m.some((x) => x.event === "change") && m.some((x) => x.event === "presence"),
    );

    expect(messages[0]).toMatchObject({ event: "ready", data: { articleId: demo.articleId } });
    const changes = messages.filter((m) => m.event === "change");
    expect(changes).toEqual([
      {
        event: "change",
        id: expect.any(String),
        data: {
          eventId: expect.any(String),
          action: "claim.created",
          claimId: missed.id,
          actorName: "Riley Reviewer",
          at: expect.any(String),
        },
      },
    ]);
    expect(changes[0].id).toBe((changes[0].data as { eventId: string }).eventId);
    expect(JSON.stringify(changes)).not.toContain(demo.users.REVIEWER.id); // change events name people, they carry no user ids
    expect(messages.find((m) => m.event === "presence")?.data).toEqual({
      users: [{ userId: demo.users.REVIEWER.id, name: "Riley Reviewer" }],
    });

    abort.abort();
    for (let i = 0; i < 40 && (await t.db.articlePresence.count({ where: { tabId: "editor-tab-1" } })) > 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await t.db.articlePresence.count({ where: { tabId: "editor-tab-1" } })).toBe(0);
    expect(await t.db.articlePresence.count({ where: { tabId: "reviewer-tab-1" } })).toBe(1);
  });
});
