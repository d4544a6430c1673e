// Whether the database answers, as last seen by this server process. The pool (lib/db-client.ts) reports
// failures and successes here; proxy.ts reads it to answer 503 at once while the database is away, instead of
// letting every request wait for its own connection attempt. Kept on globalThis under a registered symbol: the
// proxy and the app are separate bundles in one process, and they must share this one state.

type Health = { downSince: number | null; probe: (() => Promise<unknown>) | null; probing: boolean };

const KEY = Symbol.for("factdesk.databaseHealth");
const PROBE_INTERVAL_MS = 500;

function health(): Health {
  const holder = globalThis as { [KEY]?: Health };
  return (holder[KEY] ??= { downSince: null, probe: null, probing: false });
}

export function isDatabaseDown(): boolean {
  return health().downSince !== null;
}

/** Milliseconds since the outage was noticed, or null while the database answers. */
export function databaseDownFor(now = Date.now()): number | null {
  const since = health().downSince;
  return since === null ? null : now - since;
}

export function markDatabaseUp(): void {
  health().downSince = null;
}

/** Records an outage and probes until the database answers again, so the app recovers without a restart. */
export function markDatabaseDown(now = Date.now()): void {
  const h = health();
  h.downSince ??= now;
  if (h.probing || !h.probe) return;
  h.probing = true;
  const tick = () => {
    if (!isDatabaseDown() || !h.probe) {
      h.probing = false;
      return;
    }
    h.probe()
      .then(markDatabaseUp, () => {})
      .finally(() => {
        // unref: a probe must never keep a finished script alive
        if (isDatabaseDown()) setTimeout(tick, PROBE_INTERVAL_MS).unref();
        else h.probing = false;
      });
  };
  setTimeout(tick, PROBE_INTERVAL_MS).unref();
}

/** The check the recovery loop runs (a trivial query through the app's own pool). */
export function registerDatabaseProbe(probe: () => Promise<unknown>): void {
  health().probe = probe;
}
