// The active health check nginx's open-source build lacks: every app server's /api/ready, once a second. A server
// that fails it twice in a row is taken out of the upstream (nginx reloads gracefully); one that passes again is put
// back. Passive checks (max_fails) still catch a server that dies between two probes.
const PROBE_EVERY_MS = 1_000;
// generous: on a loaded machine a healthy server can take seconds to answer, and flapping costs more than waiting
const PROBE_TIMEOUT_MS = 5_000;
const FAILURES_TO_REMOVE = 2;

export function watchHealth(apps, onChange, { log = () => {} } = {}) {
  const state = apps.map((a) => ({ port: a.port, healthy: true, failures: 0 }));
  let stopped = false;
  let timer = null;
  const probe = async (s) => {
    try {
      const res = await fetch(`http://127.0.0.1:${s.port}/api/ready`, {
        signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      });
      await res.arrayBuffer();
      return res.ok;
    } catch {
      return false;
    }
  };
  const tick = async () => {
    const results = await Promise.all(state.map(probe));
    if (stopped) return;
    let changed = false;
    results.forEach((ok, i) => {
      const s = state[i];
      s.failures = ok ? 0 : s.failures + 1;
      const healthy = ok || (s.healthy && s.failures < FAILURES_TO_REMOVE);
      if (healthy !== s.healthy) {
        s.healthy = healthy;
        changed = true;
        log(`health: app server on port ${s.port} ${healthy ? "ready again: back in" : "not ready: taken out"}`);
      }
    });
    if (changed) onChange(state.map((s) => ({ port: s.port, healthy: s.healthy })));
    timer = setTimeout(tick, PROBE_EVERY_MS);
  };
  timer = setTimeout(tick, PROBE_EVERY_MS);
  return {
    get state() {
      return state.map((s) => ({ ...s }));
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
