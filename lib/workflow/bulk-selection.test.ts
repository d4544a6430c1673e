import { describe, expect, it } from "vitest";
import { applyCheckboxClick, describeBulkResult, isEligible } from "./bulk-selection";

const order = ["a", "b", "c", "d", "e"];
const ids = (s: Set<string>) => [...s].sort();

describe("applyCheckboxClick", () => {
  it.each([
    { name: "a plain click checks one claim", sel: [], anchor: null, id: "c", checked: true, shift: false, out: ["c"] },
    {
      name: "a plain click unchecks one",
      sel: ["b", "c"],
      anchor: "b",
      id: "c",
      checked: false,
      shift: false,
      out: ["b"],
    },
    {
      name: "shift-click checks the range down",
      sel: ["b"],
      anchor: "b",
      id: "d",
      checked: true,
      shift: true,
      out: ["b", "c", "d"],
    },
    {
      name: "shift-click checks the range up",
      sel: ["d"],
      anchor: "d",
      id: "a",
      checked: true,
      shift: true,
      out: ["a", "b", "c", "d"],
    },
    {
      name: "shift-click unchecks the range",
      sel: ["a", "b", "c", "d"],
      anchor: "a",
      id: "c",
      checked: false,
      shift: true,
      out: ["d"],
    },
    {
      name: "shift without an anchor is a plain click",
      sel: [],
      anchor: null,
      id: "e",
      checked: true,
      shift: true,
      out: ["e"],
    },
    {
      name: "an anchor that left the list is ignored",
      sel: [],
      anchor: "gone",
      id: "b",
      checked: true,
      shift: true,
      out: ["b"],
    },
  ])("$name", ({ sel, anchor, id, checked, shift, out }) => {
    expect(ids(applyCheckboxClick(order, new Set(sel), anchor, id, checked, shift))).toEqual(out);
  });

  it("does not change the selection it was given", () => {
    const before = new Set(["a"]);
    applyCheckboxClick(order, before, "a", "c", true, true);
    expect(ids(before)).toEqual(["a"]);
  });
});

describe("isEligible", () => {
  it("matches the states the single-claim actions start from", () => {
    expect(isEligible("submit", "DRAFT")).toBe(true);
    expect(isEligible("submit", "IN_REVIEW")).toBe(false);
    expect(isEligible("approve", "IN_REVIEW")).toBe(true);
    expect(isEligible("approve", "APPROVED")).toBe(false);
    expect(isEligible("request_changes", "APPROVED")).toBe(true);
    expect(isEligible("request_changes", "DRAFT")).toBe(false);
    expect(isEligible("assign", "PUBLISHED")).toBe(true);
  });
});

describe("describeBulkResult", () => {
  const quotes: Record<string, string> = { a: "Unemployment fell to 3 percent.", b: "x".repeat(80) };
  const quoteOf = (id: string) => quotes[id];

  it("counts what was done and names each refused claim with its reason", () => {
    const result = describeBulkResult(
      "approve",
      [
        { claimId: "a", ok: true },
        { claimId: "b", ok: false, reason: "You wrote this verdict, so someone else must approve it." },
      ],
      quoteOf,
    );
    expect(result.headline).toBe("Approved 1 of 2 claims.");
    expect(result.refused).toEqual([
      {
        claimId: "b",
        text: `Not approved: “${"x".repeat(59)}…” — You wrote this verdict, so someone else must approve it.`,
      },
    ]);
  });

  it.each([
    ["submit", 1, "Submitted 1 claim for review."],
    ["submit", 3, "Submitted all 3 claims for review."],
    ["assign", 2, "Assigned all 2 claims."],
    ["request_changes", 2, "Sent all 2 claims back for changes."],
  ] as const)("says when every claim was done (%s × %i)", (operation, n, headline) => {
    const outcomes = Array.from({ length: n }, (_, i) => ({ claimId: `c${i}`, ok: true as const }));
    expect(describeBulkResult(operation, outcomes, quoteOf)).toEqual({ headline, refused: [] });
  });

  it("names a claim that is no longer in the list", () => {
    const { refused } = describeBulkResult("submit", [{ claimId: "zz", ok: false, reason: "Gone." }], quoteOf);
    expect(refused[0].text).toBe("Not submitted: “a claim that is no longer here” — Gone.");
  });
});
