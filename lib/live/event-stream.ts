import "server-only";
import { isNewsFor, toChangeMessage, type ChangeEvent } from "./change-event";
import { findChangesAfter, isStillMember } from "./feed";
import { getLiveListener, type LiveListener, type LiveSignal } from "./listener";
import { othersPresent } from "./presence-list";
import { removePresence } from "./presence";
import { formatSseComment, formatSseEvent } from "./sse";

// Proxies drop connections idle for 30-60 s; a comment every 15 s keeps the stream open and re-checks membership.
const KEEPALIVE_MS = 15_000;
const REPLAY_CAP = 200;
const RETRY_MS = 2_000;

type StreamInput = {
  viewer: { userId: string; orgId: string };
  articleId: string;
  tabId: string;
  lastEventId: string | null;
  signal: AbortSignal;
  listener?: LiveListener;
};

// One viewer's live stream of an article: other people's changes as `change` events (with ids, so a reconnecting
// EventSource gets what it missed) and the people present as `presence` events. The caller has already checked that
// the viewer may read the article.
export function openArticleEventStream({
  viewer,
  articleId,
  tabId,
  lastEventId,
  signal,
  listener = getLiveListener(),
}: StreamInput): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const sent = new Set<string>();
  let lastPresence: string | null = null;
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      let unsubscribe = () => {};
      let keepalive: NodeJS.Timeout | undefined;
      const write = (chunk: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          close();
        }
      };
      const sendChange = (event: ChangeEvent) => {
        if (!isNewsFor(event, viewer.userId) || sent.has(event.eventId)) return;
        sent.add(event.eventId);
        write(formatSseEvent({ event: "change", id: event.eventId, data: toChangeMessage(event) }));
      };
      const onSignal = (s: LiveSignal) => {
        if (s.type === "change") return sendChange(s.event);
        const users = othersPresent(s.rows, viewer.userId, new Date());
        const key = users.map((u) => u.userId).join(",");
        if (key === lastPresence) return;
        lastPresence = key;
        write(formatSseEvent({ event: "presence", data: { users } }));
      };

      write(formatSseEvent({ event: "ready", data: { articleId }, retryMs: RETRY_MS }));
      unsubscribe = listener.subscribe(articleId, onSignal);
      if (lastEventId) {
        findChangesAfter(viewer.orgId, articleId, lastEventId, REPLAY_CAP).then(
          (rows) => rows.forEach(sendChange),
          () => {},
        );
      }
      keepalive = setInterval(() => {
        write(formatSseComment("keepalive"));
        isStillMember(viewer.userId, viewer.orgId).then(
          (member) => {
            if (!member) close();
          },
          () => {},
        );
      }, KEEPALIVE_MS);

      function close() {
        if (!open) return;
        open = false;
        clearInterval(keepalive);
        unsubscribe();
        signal.removeEventListener("abort", close);
        removePresence(viewer, articleId, tabId).catch(() => {});
        try {
          controller.close();
        } catch {
          // already closed by the runtime
        }
      }
      cleanup = close;
      if (signal.aborted) close();
      else signal.addEventListener("abort", close);
    },
    cancel() {
      cleanup();
    },
  });
}
