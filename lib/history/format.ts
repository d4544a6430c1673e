// Pure: turns a claim's audit rows into readable history entries (who, when, what in words, before → after).
// Audit JSON is read back through zod with a fallback for every field: old rows and rows written by other
// features (imports, the annotation API) may lack fields, and a history view must never fail on them.
import { z } from "zod";
import { describeCitationKind } from "@/lib/vocabulary/citation-kinds";
import { describeClaimState } from "@/lib/vocabulary/claim-states";
import { diffWords, type DiffPart } from "./word-diff";

export type AuditEventInput = {
  id: string;
  action: string;
  actorName: string | null;
  createdAt: Date | string;
  before: unknown;
  after: unknown;
};
export type HistoryChange = { field: string; before: string | null; after: string | null; words?: DiffPart[] };
export type HistoryEntry = {
  id: string;
  at: string;
  who: string;
  summary: string;
  quote: string | null;
  note: string | null;
  changes: HistoryChange[];
  citationsAdded: string[];
  citationsRemoved: string[];
};

const text = z.string().nullable().catch(null);
const fields = z.object({
  quote: text,
  state: text,
  reason: text,
  correctionNote: text,
  assignee: text,
  tokenName: text,
  via: text,
  verdict: text,
  rationale: text,
  claimant: text,
  claimDate: text,
  claimContext: text,
  version: z.number().nullable().catch(null),
  approvals: z.number().nullable().catch(null),
  required: z.number().nullable().catch(null),
  quoteChanged: z.boolean().catch(false),
  changed: z.array(z.string()).catch([]),
  citations: z.array(z.record(z.string(), z.unknown())).nullable().catch(null),
});
type Fields = z.infer<typeof fields>;
const readFields = (json: unknown): Fields => {
  const r = fields.safeParse(json);
  return r.success ? r.data : fields.parse({});
};

const stateLabel = (s: string | null) => (s ? describeClaimState(s) : "unknown");

const REASONS: Record<string, string> = {
  "edited after review": "The verdict, rationale or evidence changed after review.",
  "changes requested": "An editor requested changes.",
};

function listInWords(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** One line per citation, as a reviewer would name it. */
export function describeCitation(c: Record<string, unknown>): string {
  const s = (k: string) => (typeof c[k] === "string" && c[k] ? (c[k] as string) : null);
  const kind = describeCitationKind(s("kind"));
  const said = [s("expert"), s("quote") && `“${s("quote")}”`].filter(Boolean).join(": ");
  const source = [s("sourceTitle"), s("publisher")].filter(Boolean).join(", ") || s("url");
  return `${kind}: ${[said, source].filter(Boolean).join(" — ") || "(empty)"}`;
}

// Citations are compared whole: an edited citation reads as its old version removed and the new one added.
function diffCitations(before: Record<string, unknown>[], after: Record<string, unknown>[]) {
  const count = new Map<string, number>();
  for (const c of before) count.set(JSON.stringify(c), (count.get(JSON.stringify(c)) ?? 0) + 1);
  const added: string[] = [];
  for (const c of after) {
    const key = JSON.stringify(c),
      left = count.get(key) ?? 0;
    if (left > 0) count.set(key, left - 1);
    else added.push(describeCitation(c));
  }
  const removed = before.filter((c) => {
    const key = JSON.stringify(c),
      left = count.get(key) ?? 0;
    if (left > 0) {
      count.set(key, left - 1);
      return true;
    }
    return false;
  });
  return { added, removed: removed.map(describeCitation) };
}

const CLAIM_FIELDS: [label: string, key: "verdict" | "rationale" | "claimant" | "claimDate" | "claimContext"][] = [
  ["verdict", "verdict"],
  ["rationale", "rationale"],
  ["claimant", "claimant"],
  ["claim date", "claimDate"],
  ["context", "claimContext"],
];

function describeUpdate(
  b: Fields,
  a: Fields,
): Pick<HistoryEntry, "summary" | "changes" | "citationsAdded" | "citationsRemoved"> {
  const changes: HistoryChange[] = [];
  for (const [label, key] of CLAIM_FIELDS) {
    const before = b[key] || null,
      after = a[key] || null;
    if (before === after) continue;
    const change: HistoryChange = { field: label, before, after };
    if (key === "rationale" && before && after) change.words = diffWords(before, after);
    changes.push(change);
  }
  const { added, removed } = diffCitations(b.citations ?? [], a.citations ?? []);
  const changed = a.changed.length
    ? a.changed
    : [...changes.map((c) => c.field), ...(added.length || removed.length ? ["citations"] : [])];
  return {
    summary: changed.length ? `changed the ${listInWords(changed)}` : "saved the claim without changes",
    changes,
    citationsAdded: added,
    citationsRemoved: removed,
  };
}

export function formatAuditEvent(event: AuditEventInput): HistoryEntry {
  const b = readFields(event.before),
    a = readFields(event.after);
  const entry: HistoryEntry = {
    id: event.id,
    at: new Date(event.createdAt).toISOString(),
    summary: "",
    quote: null,
    note: null,
    changes: [],
    citationsAdded: [],
    citationsRemoved: [],
    who: event.actorName ?? (a.tokenName ? `API token “${a.tokenName}”` : "The system"),
  };
  const version = a.version ? ` (version ${a.version})` : "";
  switch (event.action) {
    case "claim.created":
      return {
        ...entry,
        summary: a.via === "api" ? "created the claim through the annotation API" : "created the claim",
        quote: a.quote,
      };
    case "claim.imported":
      return { ...entry, summary: "imported the claim from a report", quote: a.quote };
    case "claim.updated":
      return { ...entry, ...describeUpdate(b, a) };
    case "claim.state_changed":
      return {
        ...entry,
        summary: `moved the claim from ${stateLabel(b.state)} to ${stateLabel(a.state)}`,
        note: a.reason ? (REASONS[a.reason] ?? a.reason) : null,
      };
    case "claim.approved":
      return {
        ...entry,
        summary:
          a.approvals !== null && a.required !== null
            ? `approved the claim (${a.approvals} of ${Math.max(1, a.required)} approvals needed)`
            : "approved the claim",
      };
    case "claim.published":
      return {
        ...entry,
        summary: a.state === "CORRECTED" ? "published a correction" : "published the claim",
        note: a.correctionNote ? `Correction note: ${a.correctionNote}` : null,
      };
    case "claim.deleted":
      return { ...entry, summary: "deleted the claim", quote: b.quote };
    case "claim.restored":
      return { ...entry, summary: "restored the claim" };
    case "claim.reattached":
      return {
        ...entry,
        summary: "re-attached the claim to other words",
        changes: [{ field: "quote", before: b.quote, after: a.quote }],
      };
    case "claim.moved":
      return {
        ...entry,
        summary: `edited the article text; the claim moved with its words${version}`,
        changes: a.quoteChanged ? [{ field: "quote", before: b.quote, after: a.quote }] : [],
      };
    case "claim.flagged":
      return {
        ...entry,
        summary: `edited the article text; the claim lost its words and needs re-anchoring${version}`,
        quote: b.quote,
      };
    case "claim.assigned":
      return {
        ...entry,
        summary: a.assignee ? `assigned the claim to ${a.assignee}` : "removed the assignee",
        changes: [{ field: "assignee", before: b.assignee, after: a.assignee }],
      };
    case "claim.replacement_proposed":
      return { ...entry, summary: "proposed a replacement through the annotation API (see the discussion)" };
    default:
      return { ...entry, summary: event.action.split(".").pop()!.replace(/_/g, " ") };
  }
}

/** In the order given (the data layer sorts: rows of one transaction share a timestamp). */
export function formatClaimHistory(events: AuditEventInput[]): HistoryEntry[] {
  return events.map(formatAuditEvent);
}
