import "server-only";
import { getEnv } from "@/lib/env";
import { FeedHub, type LiveMode, type LiveSubscriber } from "./feed-hub";
import { ListenConnection } from "./listen-connection";

export type { LiveMode, LiveSignal, LiveSubscriber } from "./feed-hub";

// Live updates of one app server process: one LISTEN connection (listen-connection.ts) shared by every open event
// stream, feeding one hub of per-article feeds (feed-hub.ts) that falls back to polling the AuditEvent table (one
// poll per watched article, not per viewer) when notifications cannot be relied on.
export class LiveListener {
  private readonly hub: FeedHub;
  private readonly connection: ListenConnection;

  constructor(options: {
    url: string;
    forcePolling?: boolean;
    pollMs?: number;
    applicationName?: string;
    log?: (message: string) => void;
  }) {
    const log = (message: string) => (options.log ?? console.warn)(`[live] ${message}`);
    this.hub = new FeedHub({ pollMs: options.pollMs, log });
    this.connection = new ListenConnection({
      url: options.url,
      forcePolling: options.forcePolling,
      applicationName: options.applicationName,
      log,
      onNotice: (notice) => this.hub.notify(notice),
      onMode: (mode) => this.hub.setMode(mode),
    });
  }

  get currentMode(): LiveMode {
    return this.connection.currentMode;
  }

  subscribe(articleId: string, subscriber: LiveSubscriber): () => void {
    this.connection.start();
    return this.hub.subscribe(articleId, subscriber);
  }

  /** Resolves once the listener knows whether it listens or polls (tests and the benchmark wait for this). */
  async ready(): Promise<LiveMode> {
    this.connection.start();
    for (let i = 0; this.currentMode === "starting" && i < 200; i++) await new Promise((r) => setTimeout(r, 25));
    return this.currentMode;
  }

  async close(): Promise<void> {
    this.hub.close();
    await this.connection.close();
  }
}

const globalForLive = globalThis as unknown as { factdeskLive?: LiveListener };

// The process-wide listener, created on first use (and kept across hot reloads in development).
export function getLiveListener(): LiveListener {
  return (globalForLive.factdeskLive ??= new LiveListener({ url: getEnv().DATABASE_URL }));
}
