import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { reconnectDelay } from "./backoff";
import { LIVE_CHANNEL, parseLiveNotification } from "./channel";
import { isEmbeddedPostgres } from "./database-kind";
import { findChangesByIds, findPresence, findRecentChanges, type TimedChange } from "./feed";
import { notifyLive } from "./notify";
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
const PROBE_TIMEOUT_MS = 2_000;

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

// One LISTEN connection per app server process, shared by every open event stream; falls back to polling the
// AuditEvent table (one poll per watched article, not per viewer) when notifications cannot be relied on.
export class LiveListener {
  private readonly feeds = new Map<string, Feed>();
  private client: pg.Client | null = null;
  private mode: LiveMode = "starting";
  private pinnedToPolling = false;
  private attempt = 0;
  private started = false;
  private closed = false;
  private reconnectTimer?: NodeJS.Timeout;
  private readonly probes = new Map<string, () => void>();

  constructor(private readonly options: { url: string; forcePolling?: boolean; pollMs?: number; applicationName?: string; log?: (message: string) => void }) {}

  get currentMode(): LiveMode {
    return this.mode;
  }

  subscribe(articleId: string, subscriber: LiveSubscriber): () => void {
    this.start();
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

  /** Resolves once the listener knows whether it listens or polls (tests and the benchmark wait for this). */
  async ready(): Promise<LiveMode> {
    this.start();
    for (let i = 0; this.mode === "starting" && i < 200; i++) await new Promise((r) => setTimeout(r, 25));
    return this.mode;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    for (const feed of this.feeds.values()) clearTimeout(feed.timer);
    this.feeds.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private log(message: string) {
    (this.options.log ?? console.warn)(`[live] ${message}`);
  }

  private start() {
    if (this.started) return;
    this.started = true;
    if (this.options.forcePolling) return this.setMode("poll", true);
    void this.connect();
  }

  private openFeed(articleId: string): Feed {
    const feed: Feed = {
      articleId, subscribers: new Set(), seen: new SeenEvents(OVERLAP_MS * 3), cursor: null, presence: null,
      pendingIds: new Set(), flushing: false, ready: Promise.resolve(),
    };
    // Rows that exist before anyone watched are history, not news: remember them so polling skips them.
    feed.ready = findRecentChanges(articleId, null, POLL_TAKE).then((rows) => {
      for (const row of rows) feed.seen.add(row.eventId, row.createdAt);
      feed.cursor = rows.at(-1)?.createdAt ?? null;
    }, (e) => this.log(`could not read the change feed of ${articleId}: ${(e as Error).message}`));
    this.feeds.set(articleId, feed);
    this.schedule(feed, 0);
    return feed;
  }

  private schedule(feed: Feed, delay = this.mode === "listen" ? PRESENCE_CHECK_MS : this.options.pollMs ?? POLL_MS) {
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
      this.log(`reading article ${feed.articleId} failed: ${(e as Error).message}`);
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
      this.log(`reading presence of ${feed.articleId} failed: ${(e as Error).message}`);
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
      this.log(`a subscriber failed: ${(e as Error).message}`);
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
        this.log(`reading changes of ${feed.articleId} failed: ${(e as Error).message}`);
      } finally {
        feed.flushing = false;
      }
    });
  }

  private onNotification(payload: string | undefined) {
    const n = parseLiveNotification(payload);
    if (!n) return;
    if (n.kind === "probe") return this.probes.get(n.probeId)?.();
    const feed = this.feeds.get(n.articleId);
    if (!feed) return;
    if (n.kind === "change") this.queueChange(feed, n.eventId);
    else void feed.ready.then(() => this.refreshPresence(feed));
  }

  private setMode(mode: LiveMode, pin = false) {
    if (pin) this.pinnedToPolling = true;
    if (this.mode === mode) return;
    this.mode = mode;
    for (const feed of this.feeds.values()) {
      // rows committed between the last poll and LISTEN taking over would otherwise be missed
      if (mode === "listen") void feed.ready.then(() => this.pollChanges(feed)).catch((e) => this.log(`catching up failed: ${(e as Error).message}`));
      this.schedule(feed, 0); // polling must not wait for the slower presence-only timer
    }
  }

  private async connect() {
    if (this.closed || this.pinnedToPolling) return;
    const url = new URL(this.options.url);
    url.searchParams.delete("schema"); // a Prisma parameter; channels are per database, not per schema
    const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5_000, keepAlive: true, application_name: this.options.applicationName ?? "factdesk-live" });
    client.on("error", (e) => this.lost(client, e));
    client.on("end", () => this.lost(client));
    client.on("notification", (m) => m.channel === LIVE_CHANNEL && this.onNotification(m.payload));
    try {
      await client.connect();
      const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
      if (isEmbeddedPostgres(rows[0]?.version ?? "")) {
        this.log("embedded database: NOTIFY does not cross connections there, so live updates poll once a second");
        await client.end();
        return this.setMode("poll", true);
      }
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      this.client = client;
      if (!(await this.probe())) {
        this.log("LISTEN is accepted but notifications do not arrive (a pooler in transaction mode?): polling instead");
        this.client = null;
        await client.end();
        return this.setMode("poll", true);
      }
      if (this.attempt > 0) this.log("LISTEN connection restored");
      this.attempt = 0;
      this.setMode("listen");
    } catch (e) {
      if (this.client === client) this.client = null;
      await client.end().catch(() => {});
      this.retry(e as Error);
    }
  }

  // A NOTIFY sent from another connection (the app's pool) must come back on the LISTEN connection.
  private async probe(): Promise<boolean> {
    const probeId = randomUUID();
    const heard = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
      this.probes.set(probeId, () => { clearTimeout(timer); resolve(true); });
    });
    try {
      await notifyLive({ kind: "probe", probeId });
      return await heard;
    } finally {
      this.probes.delete(probeId);
    }
  }

  private lost(client: pg.Client, error?: Error) {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => {});
    this.retry(error ?? new Error("connection ended"));
  }

  private retry(error: Error) {
    if (this.closed || this.pinnedToPolling) return;
    this.setMode("poll"); // keep the 2 s promise while LISTEN is down
    const delay = reconnectDelay(this.attempt++);
    this.log(`LISTEN connection unavailable (${error.message}); polling, retrying in ${delay} ms`);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), delay);
    this.reconnectTimer.unref?.();
  }
}

const globalForLive = globalThis as unknown as { factdeskLive?: LiveListener };

// The process-wide listener, created on first use (and kept across hot reloads in development).
export function getLiveListener(): LiveListener {
  return (globalForLive.factdeskLive ??= new LiveListener({ url: getEnv().DATABASE_URL }));
}
