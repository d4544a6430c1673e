import { describe, expect, it } from "vitest";
import { describeCitation, formatAuditEvent, formatClaimHistory, type AuditEventInput } from "./format";

const at = new Date("2025-03-07T10:00:00Z");
const event = (
  action: string,
  before: unknown,
  after: unknown,
  actorName: string | null = "Riley Reviewer",
): AuditEventInput => ({ id: action, action, actorName, createdAt: at, before, after });

const snapshot = {
  claimant: "Donald Trump",
  claimDate: "2025-03-06",
  claimContext: null,
  verdict: null,
  rationale: "",
  citations: [] as Record<string, string | null>[],
};
const treaty = {
  kind: "DOCUMENT",
  quote: null,
  sourceTitle: "Treaty of 1960",
  publisher: "MOFA",
  url: "https://example.org/t",
  expert: null,
  accessedAt: null,
  saidAt: null,
  saidWhere: null,
};
const expert = {
  kind: "EXPERT_QUOTE",
  quote: "technically inaccurate",
  sourceTitle: null,
  publisher: null,
  url: null,
  expert: "Nicholas Szechenyi",
  accessedAt: null,
  saidAt: null,
  saidWhere: null,
};

describe("formatAuditEvent", () => {
  it("says who did what, and when", () => {
    const entry = formatAuditEvent(
      event("claim.created", null, { quote: "Who makes these deals?", start: 1, end: 23 }),
    );
    expect(entry).toMatchObject({
      who: "Riley Reviewer",
      summary: "created the claim",
      quote: "Who makes these deals?",
      at: "2025-03-07T10:00:00.000Z",
    });
  });

  it("shows a verdict change field by field, the rationale word by word, and citations added and removed", () => {
    const before = { ...snapshot, verdict: "Accurate", rationale: "The treaty says so.", citations: [treaty] };
    const after = {
      ...snapshot,
      verdict: "Misleading",
      rationale: "The treaty says otherwise.",
      citations: [expert],
      changed: ["verdict", "rationale", "citations"],
    };
    const entry = formatAuditEvent(event("claim.updated", before, after));
    expect(entry.summary).toBe("changed the verdict, rationale and citations");
    expect(entry.changes[0]).toEqual({ field: "verdict", before: "Accurate", after: "Misleading" });
    expect(entry.changes[1]).toMatchObject({
      field: "rationale",
      before: "The treaty says so.",
      after: "The treaty says otherwise.",
    });
    expect(entry.changes[1].words).toEqual([
      { kind: "same", text: "The treaty says " },
      { kind: "removed", text: "so." },
      { kind: "added", text: "otherwise." },
    ]);
    expect(entry.citationsAdded).toEqual(["Expert quote: Nicholas Szechenyi: “technically inaccurate”"]);
    expect(entry.citationsRemoved).toEqual(["Document: Treaty of 1960, MOFA"]);
  });

  it("shows a first verdict as no verdict → verdict, without a word diff", () => {
    const entry = formatAuditEvent(
      event("claim.updated", snapshot, {
        ...snapshot,
        verdict: "False",
        rationale: "Because.",
        changed: ["verdict", "rationale"],
      }),
    );
    expect(entry.changes).toEqual([
      { field: "verdict", before: null, after: "False" },
      { field: "rationale", before: null, after: "Because." },
    ]);
  });

  it("keeps an unchanged citation out of the lists, however the list was reordered", () => {
    const entry = formatAuditEvent(
      event(
        "claim.updated",
        { ...snapshot, citations: [treaty, expert] },
        { ...snapshot, citations: [expert, treaty], changed: ["citations"] },
      ),
    );
    expect(entry).toMatchObject({ summary: "changed the citations", citationsAdded: [], citationsRemoved: [] });
  });

  it.each([
    [
      event("claim.state_changed", { state: "DRAFT" }, { state: "IN_REVIEW" }),
      "moved the claim from Draft to In review",
      null,
    ],
    [
      event("claim.state_changed", { state: "IN_REVIEW" }, { state: "DRAFT", reason: "changes requested" }),
      "moved the claim from In review to Draft",
      "An editor requested changes.",
    ],
    [
      event("claim.approved", null, { approvals: 1, required: 1 }),
      "approved the claim (1 of 1 approvals needed)",
      null,
    ],
    [
      event("claim.published", { state: "APPROVED" }, { state: "CORRECTED", correctionNote: "New figures." }),
      "published a correction",
      "Correction note: New figures.",
    ],
    [
      event("claim.published", { state: "APPROVED" }, { state: "PUBLISHED", correctionNote: null }),
      "published the claim",
      null,
    ],
    [event("claim.restored", null, null), "restored the claim", null],
    [event("claim.something_new", null, null), "something new", null],
  ])("puts %j in words", (e, summary, note) => expect(formatAuditEvent(e)).toMatchObject({ summary, note }));

  it("quotes the words of moves, flags, re-attachments and deletions", () => {
    expect(
      formatAuditEvent(
        event("claim.moved", { quote: "old words" }, { quote: "new words", version: 2, quoteChanged: true }),
      ),
    ).toMatchObject({
      summary: "edited the article text; the claim moved with its words (version 2)",
      changes: [{ field: "quote", before: "old words", after: "new words" }],
    });
    expect(
      formatAuditEvent(event("claim.moved", { quote: "same" }, { quote: "same", version: 3, quoteChanged: false }))
        .changes,
    ).toEqual([]);
    expect(
      formatAuditEvent(event("claim.flagged", { quote: "lost words" }, { reason: "not found", version: 2 })),
    ).toMatchObject({
      summary: "edited the article text; the claim lost its words and needs re-anchoring (version 2)",
      quote: "lost words",
    });
    expect(formatAuditEvent(event("claim.reattached", { quote: "a" }, { quote: "b" })).changes).toEqual([
      { field: "quote", before: "a", after: "b" },
    ]);
    expect(formatAuditEvent(event("claim.deleted", { quote: "gone" }, null))).toMatchObject({
      summary: "deleted the claim",
      quote: "gone",
    });
  });

  it("names assignments and the API token when no member acted", () => {
    expect(formatAuditEvent(event("claim.assigned", { assignee: null }, { assignee: "Erin Editor" })).summary).toBe(
      "assigned the claim to Erin Editor",
    );
    expect(formatAuditEvent(event("claim.assigned", { assignee: "Erin Editor" }, { assignee: null })).changes).toEqual([
      { field: "assignee", before: "Erin Editor", after: null },
    ]);
    expect(
      formatAuditEvent(event("claim.created", null, { via: "api", tokenName: "CMS", quote: "q" }, null)),
    ).toMatchObject({ who: "API token “CMS”", summary: "created the claim through the annotation API" });
  });

  it("never fails on malformed JSON", () => {
    for (const bad of [null, "text", 42, [], { verdict: 7, citations: "x", changed: "verdict" }]) {
      expect(() => formatAuditEvent(event("claim.updated", bad, bad))).not.toThrow();
      expect(() => formatAuditEvent(event("claim.state_changed", bad, bad))).not.toThrow();
    }
    expect(formatAuditEvent(event("claim.updated", null, null)).summary).toBe("saved the claim without changes");
  });
});

describe("describeCitation", () => {
  it("falls back to the URL and to a generic label", () => {
    expect(describeCitation({ kind: "DATASET", url: "https://example.org/d" })).toBe("Dataset: https://example.org/d");
    expect(describeCitation({})).toBe("Source: (empty)");
  });
});

it("formatClaimHistory keeps the order it is given", () => {
  expect(
    formatClaimHistory([event("claim.restored", null, null), event("claim.created", null, {})]).map((e) => e.id),
  ).toEqual(["claim.restored", "claim.created"]);
});

describe("in the member's language", () => {
  it("writes Spanish and Arabic, with the vocabulary's state and citation names", () => {
    const moved = event("claim.state_changed", { state: "DRAFT" }, { state: "IN_REVIEW", reason: "changes requested" });
    expect(formatAuditEvent(moved, "es")).toMatchObject({
      summary: "pasó la afirmación de Borrador a En revisión",
      note: "Un editor pidió cambios.",
    });
    expect(formatAuditEvent(moved, "ar").summary).toBe("نقل الادعاء من «مسودة» إلى «قيد المراجعة»");
    const updated = formatAuditEvent(
      event(
        "claim.updated",
        { ...snapshot, verdict: "Accurate" },
        {
          ...snapshot,
          verdict: "Misleading",
          rationale: "Nuevo.",
          citations: [treaty],
          changed: ["verdict", "rationale", "citations"],
        },
      ),
      "es",
    );
    expect(updated.summary).toBe("cambió el veredicto, la argumentación y las citas");
    expect(updated.citationsAdded).toEqual(["Documento: Treaty of 1960, MOFA"]);
    expect(formatAuditEvent(event("claim.approved", null, { approvals: 1, required: 2 }), "ar").summary).toBe(
      "اعتمد الادعاء (1 من أصل 2 من الاعتمادات المطلوبة)",
    );
    expect(formatAuditEvent(event("claim.created", null, { via: "api", tokenName: "CMS" }, null), "ar").who).toBe(
      "رمز API «CMS»",
    );
  });

  it("keeps an action it does not know as it is", () => {
    expect(formatAuditEvent(event("claim.something_new", null, null), "ar").summary).toBe("something new");
  });
});
