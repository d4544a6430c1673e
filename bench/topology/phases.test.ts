import { describe, expect, it } from "vitest";
import { faultSchedule, isFailure, newPhaseLog, phaseAt, phaseRows, recordAnswer } from "./phases";

describe("topology bench phases", () => {
  it("schedules the faults of a 90 s run as the issue asks, and keeps the proportions for a 30 s run", () => {
    expect(faultSchedule(90)).toEqual({ killApp: 30, restartApp: 50, stopReplica: 60, startReplica: 75 });
    expect(faultSchedule(30)).toEqual({ killApp: 10, restartApp: 16.7, stopReplica: 20, startReplica: 25 });
  });

  it("files a moment under the phase it falls in", () => {
    const s = faultSchedule(90);
    expect([0, 29.9, 30, 49.9, 50, 60, 74.9, 75, 95].map((t) => phaseAt(t, s))).toEqual([
      "steady",
      "steady",
      "app server killed",
      "app server killed",
      "app server restarted",
      "replica stopped",
      "replica stopped",
      "replica back",
      "replica back",
    ]);
  });

  it("counts 5xx and lost requests as failures, and for readers anything but 200 or 304", () => {
    expect(isFailure("reader", "ok")).toBe(false);
    expect(isFailure("reader", "304")).toBe(false);
    expect(isFailure("reader", "404")).toBe(true);
    expect(isFailure("reader", "connection error")).toBe(true);
    expect(isFailure("write", "CONFLICT")).toBe(false);
    expect(isFailure("write", "502")).toBe(true);
    expect(isFailure("write", "timeout")).toBe(true);
  });

  it("keeps per-phase rows and failure counts apart", () => {
    const log = newPhaseLog();
    recordAnswer(log, "steady", "reader", "reader page", 10, "ok");
    recordAnswer(log, "steady", "reader", "reader page", 30, "ok");
    recordAnswer(log, "app server killed", "write", "create claim", 50, "502");
    recordAnswer(log, "app server killed", "reader", "no response", null, "connection error");
    expect(phaseRows(log, "steady", 2)).toMatchObject([{ op: "reader page", count: 2, perSecond: 1, p50: 10 }]);
    expect(log.failed.get("steady")).toEqual({ reader: 0, write: 0 });
    expect(log.failed.get("app server killed")).toEqual({ reader: 1, write: 1 });
  });
});
