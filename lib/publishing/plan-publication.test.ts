import { describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring/anchor";
import { citationLine, compareSnapshots, planPublication, type PlanClaim } from "./plan-publication";
import type { PublicationSnapshot } from "./snapshot";

const V1 = { id: "v1", text: "The minister said unemployment fell by half. Exports doubled last year. Nothing else." };
const snap = (
  text: string,
  versionId: string,
  quote: string,
  over: Partial<PublicationSnapshot> = {},
): PublicationSnapshot => {
  const start = text.indexOf(quote);
  const q = describeRange(text, start, start + quote.length).find((s) => s.type === "TextQuoteSelector")!;
  return {
    versionId,
    quote,
    prefix: q.prefix,
    suffix: q.suffix,
    start,
    end: start + quote.length,
    claimant: "The minister",
    claimDate: "2025-03-01",
    claimContext: null,
    verdict: {
      label: "False",
      description: null,
      colour: "#b91c1c",
      value: 0,
      rationale: "Counts full-time jobs only.",
      author: "Riley",
      bestRating: 4,
      worstRating: 0,
    },
    citations: [],
    reviewers: ["Riley"],
    approvers: ["Erin"],
    ...over,
  };
};
const claim = (over: Partial<PlanClaim> & { quote: string; text?: string; versionId?: string }): PlanClaim => {
  const text = over.text ?? V1.text;
  const start = text.indexOf(over.quote);
  return {
    id: "c1",
    state: "PUBLISHED",
    needsReanchor: false,
    versionId: "v1",
    start,
    end: start + over.quote.length,
    selectors: describeRange(text, start, start + over.quote.length),
    live: null,
    last: null,
    ...over,
  };
};
const at = new Date("2026-12-01T00:00:00Z");

describe("planPublication", () => {
  it("publishes a newly approved claim and leaves a published one untouched on the same text", () => {
    const plan = planPublication({
      current: V1,
      publishedVersionId: "v1",
      claims: [
        claim({
          id: "new",
          state: "APPROVED",
          quote: "Exports doubled last year",
          live: snap(V1.text, "v1", "Exports doubled last year"),
        }),
        claim({
          id: "old",
          quote: "unemployment fell by half",
          last: { snapshot: snap(V1.text, "v1", "unemployment fell by half"), publishedAt: at },
        }),
      ],
    });
    expect(plan.changes.map((c) => [c.kind, c.claimId])).toEqual([["new", "new"]]);
    expect(plan.textChanged).toBe(false);
  });

  it("asks for a correction note when the verdict or its words changed, not for a rationale alone", () => {
    const published = snap(V1.text, "v1", "unemployment fell by half");
    const verdict = planPublication({
      current: V1,
      publishedVersionId: "v1",
      claims: [
        claim({
          state: "APPROVED",
          quote: "unemployment fell by half",
          last: { snapshot: published, publishedAt: at },
          live: { ...published, verdict: { ...published.verdict, label: "True" } },
        }),
      ],
    });
    expect(verdict.changes).toEqual([
      expect.objectContaining({
        kind: "correction",
        noteRequired: true,
        changes: [{ field: "verdict", before: "False", after: "True" }],
      }),
    ]);
    const words = planPublication({
      current: V1,
      publishedVersionId: "v1",
      claims: [
        claim({
          state: "APPROVED",
          quote: "Exports doubled last year",
          last: { snapshot: published, publishedAt: at },
          live: snap(V1.text, "v1", "Exports doubled last year"),
        }),
      ],
    });
    expect(words.changes).toEqual([expect.objectContaining({ kind: "correction", noteRequired: true })]);
    const rationale = planPublication({
      current: V1,
      publishedVersionId: "v1",
      claims: [
        claim({
          state: "APPROVED",
          quote: "unemployment fell by half",
          last: { snapshot: published, publishedAt: at },
          live: { ...published, verdict: { ...published.verdict, rationale: "Better." } },
        }),
      ],
    });
    expect(rationale.changes).toEqual([expect.objectContaining({ kind: "correction", noteRequired: false })]);
  });

  it("on a new text, carries a published claim (even one in review) onto its exact words, and names one whose words are gone", () => {
    const v2 = { id: "v2", text: "A new opening. The minister said unemployment fell by half. Nothing else." };
    const plan = planPublication({
      current: v2,
      publishedVersionId: "v1",
      claims: [
        claim({
          id: "kept",
          state: "IN_REVIEW",
          quote: "unemployment fell by a third",
          text: v2.text.replace("half", "a third"),
          versionId: "v2",
          last: { snapshot: snap(V1.text, "v1", "unemployment fell by half"), publishedAt: at },
        }),
        claim({
          id: "gone",
          needsReanchor: true,
          quote: "Exports doubled last year",
          last: { snapshot: snap(V1.text, "v1", "Exports doubled last year"), publishedAt: at },
        }),
      ],
    });
    const kept = plan.changes.find((c) => c.claimId === "kept");
    expect(kept).toMatchObject({
      kind: "moved",
      approved: false,
      snapshot: {
        versionId: "v2",
        quote: "unemployment fell by half",
        start: v2.text.indexOf("unemployment fell by half"),
        approvedAt: at.toISOString(),
      },
    });
    expect(plan.changes.find((c) => c.claimId === "gone")).toMatchObject({ kind: "withdrawn" });
    expect(plan.awaitingApproval.map((c) => c.claimId)).toEqual(["kept"]);
  });

  it("holds back an approved claim that is flagged, while readers keep its published version", () => {
    const plan = planPublication({
      current: V1,
      publishedVersionId: "v1",
      claims: [
        claim({
          state: "APPROVED",
          needsReanchor: true,
          quote: "Exports doubled last year",
          live: snap(V1.text, "v1", "Exports doubled last year"),
          last: { snapshot: snap(V1.text, "v1", "Exports doubled last year"), publishedAt: at },
        }),
      ],
    });
    expect(plan.changes.map((c) => c.kind)).toEqual(["held"]);
  });
});

describe("compareSnapshots", () => {
  it("lists every reader-visible field that differs", () => {
    const a = snap(V1.text, "v1", "Exports doubled last year");
    const b = {
      ...a,
      claimant: null,
      claimDate: "2025-04-01",
      claimContext: "Budget speech",
      citations: [
        {
          kind: "DOCUMENT" as const,
          quote: null,
          sourceTitle: "Trade statistics",
          publisher: null,
          url: null,
          accessedAt: null,
          saidAt: null,
          saidWhere: null,
          expert: null,
        },
      ],
    };
    expect(compareSnapshots(a, b).map((c) => c.field)).toEqual(["evidence", "claimant", "date", "context"]);
  });
});

describe("citationLine", () => {
  const citation = {
    kind: "DATASET" as const,
    quote: null,
    sourceTitle: "Labour survey",
    publisher: "Statistics office",
    url: null,
    accessedAt: "2025-03-07",
    saidAt: null,
    saidWhere: null,
    expert: null,
  };
  it("writes one piece of evidence as a line, in plain words by default or in the words it is given", () => {
    expect(citationLine(citation)).toBe("dataset · Labour survey · Statistics office · accessed 2025-03-07");
    const spanish = { kind: () => "Conjunto de datos", accessed: (date: string) => `consultado el ${date}` };
    expect(citationLine(citation, spanish)).toBe(
      "Conjunto de datos · Labour survey · Statistics office · consultado el 2025-03-07",
    );
  });
});
