import { describe, expect, it } from "vitest";
import { buildOverview, type OverviewInput } from "./build-overview";

const now = new Date("2026-11-25T12:00:00Z"); // a Wednesday; this week began Monday 23 Nov
const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const empty: OverviewInput = { now, verdicts: [], states: [], publications: [], load: [], members: [] };

describe("the editors' overview", () => {
  it("says plainly when there is nothing to show", () => {
    const o = buildOverview(empty);
    expect(o.weeks).toHaveLength(12);
    expect(o.weeks[0].start).toBe("2026-09-07T00:00:00.000Z");
    expect(o.weeks[11].label).toBe("23 Nov");
    expect(o.checked.summary).toBe("No claim got a verdict in the last 12 weeks.");
    expect(o.states.summary).toBe("There are no claims yet.");
    expect(o.turnaround.summary).toBe("No claim was published in the last 12 weeks.");
    expect(o.load.summary).toBe("Nobody has open claims assigned.");
  });

  it("stacks verdicts per week in scale order and ignores older ones", () => {
    const o = buildOverview({
      ...empty,
      verdicts: [
        { givenAt: at("2026-11-24T09:00:00Z"), label: "False", colour: "#b00", position: 4 },
        { givenAt: at("2026-11-23T00:00:00Z"), label: "Accurate", colour: "#0a0", position: 0 },
        { givenAt: at("2026-11-20T00:00:00Z"), label: "Accurate", colour: "#0a0", position: 0 },
        { givenAt: at("2026-11-19T00:00:00Z"), label: "Accurate", colour: "#0a0", position: 0 },
        { givenAt: at("2026-09-01T00:00:00Z"), label: "Misleading", colour: "#fa0", position: 2 }, // before the 12 weeks
      ],
    });
    expect(o.checked.series.map((s) => s.label)).toEqual(["Accurate", "False"]);
    expect(o.checked.series[0].values.slice(-2)).toEqual([2, 1]);
    expect(o.checked.totals.slice(-2)).toEqual([2, 2]);
    expect(o.checked.summary).toBe(
      "4 claims got a verdict in the last 12 weeks, 2 of them this week. The busiest week began 16 Nov (2). Most common verdict: Accurate (3, 75 %).",
    );
  });

  it("counts every state, including empty ones", () => {
    const o = buildOverview({
      ...empty,
      states: [
        { state: "PUBLISHED", count: 4 },
        { state: "DRAFT", count: 1 },
      ],
    });
    expect(o.states.bars.map((b) => [b.label, b.count])).toEqual([
      ["Draft", 1],
      ["In review", 0],
      ["Approved", 0],
      ["Published", 4],
      ["Corrected", 0],
    ]);
    expect(o.states.summary).toBe("Of 5 claims: 1 draft, 0 in review, 0 approved, 4 published, 0 corrected.");
  });

  it("gives median and 90th percentile turnaround per week of publication", () => {
    const pub = (publishedAt: string, hours: number) => ({
      publishedAt: at(publishedAt),
      createdAt: new Date(at(publishedAt).getTime() - hours * H),
    });
    const o = buildOverview({
      ...empty,
      publications: [
        pub("2026-11-24T10:00:00Z", 2),
        pub("2026-11-24T11:00:00Z", 4),
        pub("2026-11-25T10:00:00Z", 30),
        pub("2026-11-17T10:00:00Z", 10),
      ],
    });
    const thisWeek = o.turnaround.rows.at(-1)!;
    expect(thisWeek.count).toBe(3);
    expect(thisWeek.median).toBe(4 * H);
    expect(thisWeek.p90! / H).toBeCloseTo(24.8, 5);
    expect(o.turnaround.rows.at(-2)).toMatchObject({ count: 1, median: 10 * H, p90: 10 * H });
    expect(o.turnaround.rows[0]).toMatchObject({ count: 0, median: null, p90: null });
    expect(o.turnaround.unit).toBe("hours");
    expect(o.turnaround.summary).toBe(
      "Over the last 12 weeks, half of the 4 published claims went from first draft to publication within 7 h; nine in ten within 24 h.",
    );
  });

  it("lists every member's open claims, busiest first, and counts the unassigned", () => {
    const o = buildOverview({
      ...empty,
      members: [
        { id: "u1", name: "Alex Admin" },
        { id: "u2", name: "Riley Reviewer" },
        { id: "u3", name: "Erin Editor" },
      ],
      load: [
        { assigneeId: "u2", state: "DRAFT", count: 3 },
        { assigneeId: "u2", state: "IN_REVIEW", count: 2 },
        { assigneeId: "u3", state: "IN_REVIEW", count: 1 },
        { assigneeId: null, state: "DRAFT", count: 4 },
      ],
    });
    expect(o.load.rows.map((r) => [r.name, r.draft, r.inReview, r.total])).toEqual([
      ["Riley Reviewer", 3, 2, 5],
      ["Erin Editor", 0, 1, 1],
      ["Alex Admin", 0, 0, 0],
    ]);
    expect(o.load.unassigned).toEqual({ draft: 4, inReview: 0, total: 4 });
    expect(o.load.summary).toBe(
      "Riley Reviewer has the most open claims: 5 (3 drafts, 2 in review). 4 open claims are not assigned to anyone.",
    );
  });
});

describe("the overview in another interface language", () => {
  it("words its sentences and weeks in Arabic, with Arabic plurals", () => {
    const at = (iso: string) => new Date(iso);
    const o = buildOverview(
      {
        now: at("2026-11-25T12:00:00Z"),
        verdicts: [],
        states: [
          { state: "PUBLISHED", count: 2 },
          { state: "DRAFT", count: 1 },
        ],
        publications: [],
        load: [],
        members: [],
      },
      "ar",
    );
    expect(o.weeks[11].label).toBe("23 نوفمبر");
    expect(o.states.bars[0].label).toBe("مسودة");
    expect(o.states.summary).toMatch(/^من أصل 3 ادعاءات: 1 مسودة، 0 /);
    expect(o.checked.summary).toBe("لم يصدر حكم في أي ادعاء خلال آخر 12 أسبوعًا.");
  });
});
