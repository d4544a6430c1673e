// Pure: per-operation latency samples and outcomes → the printed table and the target verdicts.

export type OperationStats = { latenciesMs: number[]; outcomes: Map<string, number> };
export type OperationRow = {
  op: string;
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: string;
};

export function newStats(): OperationStats {
  return { latenciesMs: [], outcomes: new Map() };
}

/** `outcome`: "ok", an HTTP status such as "500", or an action refusal code such as "CONFLICT". */
export function record(stats: OperationStats, latencyMs: number, outcome: string): void {
  stats.latenciesMs.push(latencyMs);
  stats.outcomes.set(outcome, (stats.outcomes.get(outcome) ?? 0) + 1);
}

export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function toRow(op: string, stats: OperationStats, seconds: number): OperationRow {
  const failures = [...stats.outcomes]
    .filter(([k]) => k !== "ok")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k}: ${n}`)
    .join(", ");
  return {
    op,
    count: stats.latenciesMs.length,
    perSecond: stats.latenciesMs.length / seconds,
    p50: percentile(stats.latenciesMs, 0.5),
    p95: percentile(stats.latenciesMs, 0.95),
    p99: percentile(stats.latenciesMs, 0.99),
    failures: failures || "none",
  };
}

export function formatTable(rows: OperationRow[]): string {
  const header = ["operation", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "not ok (status or refusal: count)"];
  const cells = rows.map((r) => [
    r.op,
    String(r.count),
    r.perSecond.toFixed(1),
    r.p50.toFixed(0),
    r.p95.toFixed(0),
    r.p99.toFixed(0),
    r.failures,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => (i === 0 || i === c.length - 1 ? v.padEnd(widths[i]) : v.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), ...cells.map(line)].join("\n");
}

/**
 * Failures of the server, not of the request: 5xx responses, connections dropped or timed out, and actions refused
 * as UNAVAILABLE (the action's answer is a 200 carrying { ok: false, code: "UNAVAILABLE" } when, say, no database
 * connection was free in time). Refusals a user caused (CONFLICT, INVALID) do not count.
 */
export function countServerErrors(all: OperationStats[]): number {
  let n = 0;
  for (const s of all)
    for (const [k, v] of s.outcomes)
      if (/^5\d\d$/.test(k) || ["connection error", "timeout", "UNAVAILABLE", "unparsed"].includes(k)) n += v;
  return n;
}
