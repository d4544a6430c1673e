import "server-only";
import { findChangesByIds, findPresence, findRecentChanges, type TimedChange } from "./feed";
import { presenceKey, type PresenceRow } from "./presence-list";
import { SeenEvents } from "./seen-events";

export type LiveSignal = { type: "change"; event: TimedChange } | { type: "presence"; rows: PresenceRow[] };
export type LiveSubscriber = (signal: LiveSignal) => void;
export type LiveMode = "starting" | "listen" | "poll";

// Polling (embedded database, or while LISTEN is down) reads each watched article once a second: with the browser's
// 300 ms debounce that keeps a change on screen within the 2 s target. With LISTEN, the timer only re-reads presence,
// to notice tabs that closed without saying goodbye.
const POLL_MS = 1_000;
const PRESENCE_CHECK_MS = 5_000;
// How far behind its cursor polling re-reads: longer than any transaction between writing an audit row and commit.
const OVERLAP_MS = 10_000;
const POLL_TAKE = 500;

type Feed = {
  articleId: string;
  subscribers: Set<LiveSubscriber>;
  seen: SeenEvents;
  cursor: Date | null; // createdAt of the newest row delivered or skipped
  ready: Promise<void>;
  presence: string | null; // presenceKey of the last list sent
  timer?: NodeJS.Timeout;
  pendingIds: Set<string>;
  flushing: boolean;
};

/**
 * One feed per watched article, shared by every viewer of it: reads the article's new audit rows (when told about
 * them by the LISTEN connection, or by polling when notifications cannot be relied on) and its presence list, and
 * hands each to the article's subscribers once.
 */
export class FeedHub {
  private readonly feeds = new Map<string, Feed>();
  private mode: LiveMode = "starting";
  private closed = false;

  constructor(private readonly options: { pollMs?: number; log: (message: string) => void }) {}

  subscribe(articleId: string, subscriber: LiveSubscriber): () => void {
    const feed = this.feeds.get(articleId) ?? this.openFeed(articleId);
    feed.subscribers.add(subscriber);
    void feed.ready.then(() => this.refreshPresence(feed, subscriber));
    return () => {
      feed.subscribers.delete(subscriber);
      if (feed.subscribers.size > 0 || this.feeds.get(articleId) !== feed) return;
      clearTimeout(feed.timer);
      this.feeds.delete(articleId);
    };
  }

  /** A change or presence notice for one article, from the LISTEN connection. */
  notify(notice: { kind: "change"; articleId: string; eventId: string } | { kind: "presence"; articleId: string }) {
    const feed = this.feeds.get(notice.articleId);
    if (!feed) return;
    if (notice.kind === "change") this.queueChange(feed, notice.eventId);
    else void feed.ready.then(() => this.refreshPresence(feed));
  }

  setMode(mode: LiveMode) {
    if (this.mode === mode) return;
    this.mode = mode;
    for (const feed of this.feeds.values()) {
      // rows committed between the last poll and LISTEN taking over would otherwise be missed
      if (mode === "listen")
        void feed.ready
          .then(() => this.pollChanges(feed))
          .catch((e) => this.options.log(`catching up failed: ${(e as Error).message}`));
      this.schedule(feed, 0); // polling must not wait for the slower presence-only timer
    }
  }

  close() {
    this.closed = true;
    for (const feed of this.feeds.values()) clearTimeout(feed.timer);
    this.feeds.clear();
  }

  private openFeed(articleId: string): Feed {
    const feed: Feed = {
      articleId,
      subscribers: new Set(),
      seen: new SeenEvents(OVERLAP_MS * 3),
      cursor: null,
      presence: null,
      pendingIds: new Set(),
      flushing: false,
      ready: Promise.resolve(),
    };
    // Rows that exist before anyone watched are history, not news: remember them so polling skips them.
    feed.ready = findRecentChanges(articleId, null, POLL_TAKE).then(
      (rows) => {
        for (const row of rows) feed.seen.add(row.eventId, row.createdAt);
        feed.cursor = rows.at(-1)?.createdAt ?? null;
      },
      (e) => this.options.log(`could not read the change feed of ${articleId}: ${(e as Error).message}`),
    );
    this.feeds.set(articleId, feed);
    this.schedule(feed, 0);
    return feed;
  }

  private schedule(feed: Feed, delay = this.mode === "listen" ? PRESENCE_CHECK_MS : (this.options.pollMs ?? POLL_MS)) {
    clearTimeout(feed.timer);
    if (this.closed) return;
    feed.timer = setTimeout(() => void this.tick(feed), delay);
    feed.timer.unref?.();
  }

  private async tick(feed: Feed) {
    if (this.feeds.get(feed.articleId) !== feed) return;
    try {
      await feed.ready;
      if (this.mode !== "listen") await this.pollChanges(feed);
      await this.refreshPresence(feed);
    } catch (e) {
      this.options.log(`reading article ${feed.articleId} failed: ${(e as Error).message}`);
    }
    if (this.feeds.get(feed.articleId) === feed) this.schedule(feed);
  }

  private async pollChanges(feed: Feed) {
    const after = feed.cursor && new Date(feed.cursor.getTime() - OVERLAP_MS);
    this.deliverChanges(feed, await findRecentChanges(feed.articleId, after, POLL_TAKE));
  }

  private deliverChanges(feed: Feed, rows: TimedChange[]) {
    for (const row of rows) {
      if (!feed.seen.add(row.eventId, row.createdAt)) continue;
      if (!feed.cursor || row.createdAt > feed.cursor) feed.cursor = row.createdAt;
      this.broadcast(feed, { type: "change", event: row });
    }
    if (feed.cursor) feed.seen.prune(feed.cursor);
  }

  private async refreshPresence(feed: Feed, newcomer?: LiveSubscriber) {
    const rows = await findPresence(feed.articleId, new Date()).catch((e) => {
      this.options.log(`reading presence of ${feed.articleId} failed: ${(e as Error).message}`);
      return null;
    });
    if (!rows) return;
    const key = presenceKey(rows);
    if (key !== feed.presence) {
      feed.presence = key;
      this.broadcast(feed, { type: "presence", rows });
    } else if (newcomer && feed.subscribers.has(newcomer)) {
      this.send(newcomer, { type: "presence", rows });
    }
  }

  private broadcast(feed: Feed, signal: LiveSignal) {
    for (const subscriber of feed.subscribers) this.send(subscriber, signal);
  }

  private send(subscriber: LiveSubscriber, signal: LiveSignal) {
    try {
      subscriber(signal);
    } catch (e) {
      this.options.log(`a subscriber failed: ${(e as Error).message}`);
    }
  }

  // Notifications for one article arrive in bursts (a save writes two audit rows): read them in one query.
  private queueChange(feed: Feed, eventId: string) {
    feed.pendingIds.add(eventId);
    if (feed.flushing) return;
    feed.flushing = true;
    setImmediate(async () => {
      try {
        await feed.ready;
        while (feed.pendingIds.size > 0) {
          const ids = [...feed.pendingIds];
          feed.pendingIds.clear();
          this.deliverChanges(feed, await findChangesByIds(feed.articleId, ids));
        }
      } catch (e) {
        this.options.log(`reading changes of ${feed.articleId} failed: ${(e as Error).message}`);
      } finally {
        feed.flushing = false;
      }
    });
  }
}
