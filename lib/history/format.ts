// Pure: turns a claim's audit rows into readable history entries (who, when, what in words, before → after).
// Audit JSON is read back through zod with a fallback for every field: old rows and rows written by other
// features (imports, the annotation API) may lack fields, and a history view must never fail on them.
// Written in the reader's interface language (English unless given): the history panel asks in the member's.
import { z } from "zod";
import { CITATION_KINDS } from "@/lib/vocabulary/citation-kinds";
import { REPORT_CLAIM_STATES } from "@/lib/vocabulary/claim-states";
import { translatorFor } from "@/lib/i18n/translator";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, formattingLocale, type InterfaceLocale } from "@/lib/i18n/locales";
import { diffWords, type DiffPart } from "./word-diff";
import { historyFieldKey } from "./fields";

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

type Words = {
  locale: InterfaceLocale;
  t: ReturnType<typeof translatorFor<"history">>;
  vocabulary: ReturnType<typeof translatorFor<"vocabulary">>;
};
const wordsCache = new Map<InterfaceLocale, Words>();
function wordsFor(locale: InterfaceLocale): Words {
  let words = wordsCache.get(locale);
  if (!words)
    wordsCache.set(
      locale,
      (words = { locale, t: translatorFor(locale, "history"), vocabulary: translatorFor(locale, "vocabulary") }),
    );
  return words;
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

function stateLabel(w: Words, s: string | null): string {
  if (!s) return w.t("entry.unknownState");
  return isOneOf(REPORT_CLAIM_STATES, s) ? w.vocabulary(`claimState.${s}`) : s; // an unknown value is shown as it is
}

const REASONS = {
  "edited after review": "entry.reasonEditedAfterReview",
  "changes requested": "entry.reasonChangesRequested",
} as const;

function fieldName(w: Words, field: string): string {
  const key = historyFieldKey(field);
  return key ? w.t(`field.${key}`) : field;
}

function listInWords(w: Words, items: string[]): string {
  return new Intl.ListFormat(formattingLocale(w.locale), { type: "conjunction" }).format(items);
}

/** One line per citation, as a reviewer would name it. */
export function describeCitation(c: Record<string, unknown>, locale: InterfaceLocale = DEFAULT_LOCALE): string {
  const w = wordsFor(locale);
  const s = (k: string) => (typeof c[k] === "string" && c[k] ? (c[k] as string) : null);
  const kind = s("kind");
  const kindLabel = w.vocabulary(`citationKind.${isOneOf(CITATION_KINDS, kind) ? kind : "unknown"}`);
  const said = [s("expert"), s("quote") && `“${s("quote")}”`].filter(Boolean).join(": ");
  const source = [s("sourceTitle"), s("publisher")].filter(Boolean).join(", ") || s("url");
  return w.t("entry.citation", {
    kind: kindLabel,
    description: [said, source].filter(Boolean).join(" — ") || w.t("entry.citationEmpty"),
  });
}

// Citations are compared whole: an edited citation reads as its old version removed and the new one added.
function diffCitations(w: Words, before: Record<string, unknown>[], after: Record<string, unknown>[]) {
  const count = new Map<string, number>();
  for (const c of before) count.set(JSON.stringify(c), (count.get(JSON.stringify(c)) ?? 0) + 1);
  const added: string[] = [];
  for (const c of after) {
    const key = JSON.stringify(c),
      left = count.get(key) ?? 0;
    if (left > 0) count.set(key, left - 1);
    else added.push(describeCitation(c, w.locale));
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
  return { added, removed: removed.map((c) => describeCitation(c, w.locale)) };
}

const CLAIM_FIELDS: [label: string, key: "verdict" | "rationale" | "claimant" | "claimDate" | "claimContext"][] = [
  ["verdict", "verdict"],
  ["rationale", "rationale"],
  ["claimant", "claimant"],
  ["claim date", "claimDate"],
  ["context", "claimContext"],
];

function describeUpdate(
  w: Words,
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
  const { added, removed } = diffCitations(w, b.citations ?? [], a.citations ?? []);
  const changed = a.changed.length
    ? a.changed
    : [...changes.map((c) => c.field), ...(added.length || removed.length ? ["citations"] : [])];
  return {
    summary: changed.length
      ? w.t("entry.changed", {
          fields: listInWords(
            w,
            changed.map((field) => fieldName(w, field)),
          ),
        })
      : w.t("entry.unchanged"),
    changes,
    citationsAdded: added,
    citationsRemoved: removed,
  };
}

export function formatAuditEvent(event: AuditEventInput, locale: InterfaceLocale = DEFAULT_LOCALE): HistoryEntry {
  const w = wordsFor(locale);
  const { t } = w;
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
    who: event.actorName ?? (a.tokenName ? t("entry.apiToken", { name: a.tokenName }) : t("entry.system")),
  };
  const version = a.version ? formatNumber(a.version, locale) : null;
  switch (event.action) {
    case "claim.created":
      return {
        ...entry,
        summary: a.via === "api" ? t("entry.createdApi") : t("entry.created"),
        quote: a.quote,
      };
    case "claim.imported":
      return { ...entry, summary: t("entry.imported"), quote: a.quote };
    case "claim.updated":
      return { ...entry, ...describeUpdate(w, b, a) };
    case "claim.state_changed":
      return {
        ...entry,
        summary: t("entry.stateChanged", { from: stateLabel(w, b.state), to: stateLabel(w, a.state) }),
        note: a.reason
          ? Object.hasOwn(REASONS, a.reason)
            ? t(REASONS[a.reason as keyof typeof REASONS])
            : a.reason
          : null,
      };
    case "claim.approved":
      return {
        ...entry,
        summary:
          a.approvals !== null && a.required !== null
            ? t("entry.approvedCount", {
                approvals: formatNumber(a.approvals, locale),
                required: formatNumber(Math.max(1, a.required), locale),
              })
            : t("entry.approved"),
      };
    case "claim.published":
      return {
        ...entry,
        summary: a.state === "CORRECTED" ? t("entry.publishedCorrection") : t("entry.published"),
        note: a.correctionNote ? t("entry.correctionNote", { note: a.correctionNote }) : null,
      };
    case "claim.deleted":
      return { ...entry, summary: t("entry.deleted"), quote: b.quote };
    case "claim.restored":
      return { ...entry, summary: t("entry.restored") };
    case "claim.reattached":
      return {
        ...entry,
        summary: t("entry.reattached"),
        changes: [{ field: "quote", before: b.quote, after: a.quote }],
      };
    case "claim.moved":
      return {
        ...entry,
        summary: version ? t("entry.movedVersion", { version }) : t("entry.moved"),
        changes: a.quoteChanged ? [{ field: "quote", before: b.quote, after: a.quote }] : [],
      };
    case "claim.flagged":
      return {
        ...entry,
        summary: version ? t("entry.flaggedVersion", { version }) : t("entry.flagged"),
        quote: b.quote,
      };
    case "claim.assigned":
      return {
        ...entry,
        summary: a.assignee ? t("entry.assigned", { name: a.assignee }) : t("entry.unassigned"),
        changes: [{ field: "assignee", before: b.assignee, after: a.assignee }],
      };
    case "claim.replacement_proposed":
      return { ...entry, summary: t("entry.replacement") };
    default:
      return { ...entry, summary: t("entry.other", { action: event.action.split(".").pop()!.replace(/_/g, " ") }) };
  }
}

/** In the order given (the data layer sorts: rows of one transaction share a timestamp). */
export function formatClaimHistory(
  events: AuditEventInput[],
  locale: InterfaceLocale = DEFAULT_LOCALE,
): HistoryEntry[] {
  return events.map((event) => formatAuditEvent(event, locale));
}
