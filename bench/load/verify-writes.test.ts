import { describe, expect, it } from "vitest";
import { verifyWrites, type DatabaseState } from "./verify-writes";
import type { WriteRecord } from "./reviewer-mix";

const R = "user-r";
const C = "claim-1";
const log = (acked = true): WriteRecord[] => [
  { op: "create claim", token: "a1:10-30", acked, reviewerId: R, claimId: C, articleId: "a1", start: 10, end: 30 },
  { op: "save claim", token: "run-r1-n1", acked, reviewerId: R, claimId: C },
  { op: "comment", token: "run-r1-n2", acked, reviewerId: R, claimId: C, mentionedUserId: "colleague" },
  { op: "edit claim", token: "run-r1-n3", acked, reviewerId: R, claimId: C },
];
const consistent = (): DatabaseState => ({
  claims: [
    {
      id: C,
      articleId: "a1",
      start: 10,
      end: 30,
      claimant: "Claimant run-r1-n3",
      rationale: "Re-checked [run-r1-n3].",
      citationTitles: ["Record [run-r1-n3]", "Dataset [run-r1-n3]"],
    },
  ],
  auditEvents: [
    { action: "claim.created", entityId: C, token: null },
    { action: "claim.updated", entityId: C, token: "run-r1-n1" },
    { action: "claim.updated", entityId: C, token: "run-r1-n3" },
    { action: "comment.created", entityId: "comment-1", token: "run-r1-n2" },
  ],
  comments: [{ id: "comment-1", body: "[run-r1-n2] @colleague please check" }],
  mentionNotifications: [{ userId: "colleague", actorId: R, count: 1 }],
});
const failing = (state: DatabaseState, records = log()) =>
  verifyWrites(records, state)
    .filter((c) => !c.pass)
    .map((c) => c.name);

describe("verifyWrites", () => {
  it("passes when every acknowledged write is there once and whole", () => {
    expect(failing(consistent())).toEqual([]);
  });

  it("fails on a duplicated comment and on a duplicated save", () => {
    const state = consistent();
    state.comments.push({ id: "comment-2", body: "[run-r1-n2] again" });
    state.auditEvents.push(
      { action: "comment.created", entityId: "comment-2", token: "run-r1-n2" },
      { action: "claim.updated", entityId: C, token: "run-r1-n1" },
    );
    state.mentionNotifications.push(state.mentionNotifications[0]);
    expect(failing(state)).toEqual(
      expect.arrayContaining([
        "comment: every acknowledged write present exactly once",
        "save + edit claim (audit rows): every acknowledged write present exactly once",
      ]),
    );
  });

  it("fails on a lost acknowledged edit (the verdict still holds the earlier save)", () => {
    const state = consistent();
    state.auditEvents = state.auditEvents.filter((e) => e.token !== "run-r1-n3");
    expect(failing(state)).toContain("save + edit claim (audit rows): every acknowledged write present exactly once");
    state.auditEvents.push({ action: "claim.updated", entityId: C, token: "run-r1-n3" });
    state.claims[0] = { ...state.claims[0], rationale: "Checked [run-r1-n1]." };
    expect(failing(state)).toEqual([
      "save + edit claim: verdict, claimant and citations all from the last committed save",
    ]);
  });

  it("fails on half-done writes: citations of another save, a comment without its notification, a claim without its audit row", () => {
    const state = consistent();
    state.claims[0].citationTitles = ["Record [run-r1-n3]", "Report [run-r1-n1]"];
    state.mentionNotifications = [];
    state.auditEvents = state.auditEvents.filter((e) => e.action !== "claim.created");
    expect(failing(state)).toEqual([
      "create claim: the acknowledged id is stored and has exactly one audit row",
      "save + edit claim: verdict, claimant and citations all from the last committed save",
      "comment: each has exactly one audit row and one mention notification",
    ]);
  });

  it("accepts an unacknowledged write that committed whole or not at all, and refuses one that was never sent", () => {
    const records = log();
    records[3].acked = false; // the edit was cut off as the run stopped
    expect(failing(consistent(), records)).toEqual([]); // committed
    const notCommitted = consistent();
    notCommitted.auditEvents = notCommitted.auditEvents.filter((e) => e.token !== "run-r1-n3");
    notCommitted.claims[0] = {
      ...notCommitted.claims[0],
      claimant: "Claimant run-r1-n1",
      rationale: "Checked [run-r1-n1].",
      citationTitles: ["Record [run-r1-n1]", "Report [run-r1-n1]"],
    };
    expect(failing(notCommitted, records)).toEqual([]);
    const phantom = consistent();
    phantom.comments.push({ id: "comment-9", body: "[run-r9-n9] never sent" });
    phantom.auditEvents.push({ action: "comment.created", entityId: "comment-9", token: "run-r9-n9" });
    expect(failing(phantom)).toContain("comment: every acknowledged write present exactly once");
  });
});
