// Pure: the topology bench's fault schedule and its per-phase accounting. Every answer (or lost request) is filed
// under the phase in which it completed; a reader request fails when it gets anything but 200/304 or no answer.
import { newStats, record, toRow, type OperationRow, type OperationStats } from "../load/operation-stats";

export type FaultSchedule = { killApp: number; restartApp: number; stopReplica: number; startReplica: number };

/** For 90 s: kill at 30, restart at 50, replica stopped at 60, started at 75; shorter runs keep the proportions. */
export function faultSchedule(durationS: number): FaultSchedule {
  const at = (fraction: number) => Math.round(durationS * fraction * 10) / 10;
  return { killApp: at(1 / 3), restartApp: at(5 / 9), stopReplica: at(2 / 3), startReplica: at(5 / 6) };
}

export const PHASES = [
  "steady",
  "app server killed",
  "app server restarted",
  "replica stopped",
  "replica back",
] as const;
export type Phase = (typeof PHASES)[number];

export function phaseAt(seconds: number, s: FaultSchedule): Phase {
  if (seconds < s.killApp) return "steady";
  if (seconds < s.restartApp) return "app server killed";
  if (seconds < s.stopReplica) return "app server restarted";
  if (seconds < s.startReplica) return "replica stopped";
  return "replica back";
}

export type Side = "reader" | "write";
export type PhaseLog = {
  stats: Map<Phase, Map<string, OperationStats>>;
  failed: Map<Phase, { reader: number; write: number }>;
};

export function newPhaseLog(): PhaseLog {
  return {
    stats: new Map(PHASES.map((p) => [p, new Map()])),
    failed: new Map(PHASES.map((p) => [p, { reader: 0, write: 0 }])),
  };
}

/** outcome: "ok", an HTTP status, an action refusal code, "connection error" or "timeout". */
export function recordAnswer(
  log: PhaseLog,
  phase: Phase,
  side: Side,
  op: string,
  ms: number | null,
  outcome: string,
): void {
  const byOp = log.stats.get(phase)!;
  if (!byOp.has(op)) byOp.set(op, newStats());
  record(byOp.get(op)!, ms ?? 0, outcome);
  if (isFailure(side, outcome)) log.failed.get(phase)![side]++;
}

/** A failed request: a 5xx, no answer at all, or (for readers) anything but the page or "not modified". */
export function isFailure(side: Side, outcome: string): boolean {
  if (outcome === "connection error" || outcome === "timeout" || /^5\d\d$/.test(outcome)) return true;
  return side === "reader" && outcome !== "ok" && outcome !== "304";
}

export function phaseRows(log: PhaseLog, phase: Phase, seconds: number): OperationRow[] {
  return [...log.stats.get(phase)!].map(([op, s]) => toRow(op, s, seconds));
}
