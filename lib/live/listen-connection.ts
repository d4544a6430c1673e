import "server-only";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { createClient } from "@/lib/pg-connection";
import { reconnectDelay } from "./backoff";
import { LIVE_CHANNEL, parseLiveNotification, type LiveNotification } from "./channel";
import { isEmbeddedPostgres } from "./database-kind";
import type { LiveMode } from "./feed-hub";
import { notifyLive } from "./notify";

const PROBE_TIMEOUT_MS = 2_000;

type ArticleNotice = Exclude<LiveNotification, { kind: "probe" }>;

/**
 * The one LISTEN connection of an app server process. It proves notifications really arrive (a NOTIFY sent from the
 * app's pool must come back), reconnects with backoff when the connection is lost, and reports its mode: "listen"
 * while notifications flow, "poll" while they cannot be relied on (embedded database, a pooler in transaction mode,
 * an outage).
 */
export class ListenConnection {
  private client: pg.Client | null = null;
  private mode: LiveMode = "starting";
  private pinnedToPolling = false;
  private attempt = 0;
  private started = false;
  private closed = false;
  private reconnectTimer?: NodeJS.Timeout;
  private readonly probes = new Map<string, () => void>();

  constructor(
    private readonly options: {
      url: string;
      forcePolling?: boolean;
      applicationName?: string;
      log: (message: string) => void;
      onNotice: (notice: ArticleNotice) => void;
      onMode: (mode: LiveMode) => void;
    },
  ) {}

  get currentMode(): LiveMode {
    return this.mode;
  }

  start() {
    if (this.started) return;
    this.started = true;
    if (this.options.forcePolling) return this.setMode("poll", true);
    void this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private setMode(mode: LiveMode, pin = false) {
    if (pin) this.pinnedToPolling = true;
    if (this.mode === mode) return;
    this.mode = mode;
    this.options.onMode(mode);
  }

  private onNotification(payload: string | undefined) {
    const notice = parseLiveNotification(payload);
    if (!notice) return;
    if (notice.kind === "probe") this.probes.get(notice.probeId)?.();
    else this.options.onNotice(notice);
  }

  private async connect() {
    if (this.closed || this.pinnedToPolling) return;
    // channels are per database, not per schema: the URL's `?schema=` does not matter here
    const client = createClient(this.options.url, {
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      application_name: this.options.applicationName ?? "factdesk-live",
    });
    client.on("error", (e) => this.lost(client, e));
    client.on("end", () => this.lost(client));
    client.on("notification", (m) => m.channel === LIVE_CHANNEL && this.onNotification(m.payload));
    try {
      await client.connect();
      const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
      if (isEmbeddedPostgres(rows[0]?.version ?? "")) {
        this.options.log(
          "embedded database: NOTIFY does not cross connections there, so live updates poll once a second",
        );
        await client.end();
        return this.setMode("poll", true);
      }
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      this.client = client;
      if (!(await this.probe())) {
        this.options.log(
          "LISTEN is accepted but notifications do not arrive (a pooler in transaction mode?): polling instead",
        );
        this.client = null;
        await client.end();
        return this.setMode("poll", true);
      }
      if (this.attempt > 0) this.options.log("LISTEN connection restored");
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
      this.probes.set(probeId, () => {
        clearTimeout(timer);
        resolve(true);
      });
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
    this.options.log(`LISTEN connection unavailable (${error.message}); polling, retrying in ${delay} ms`);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), delay);
    this.reconnectTimer.unref?.();
  }
}
