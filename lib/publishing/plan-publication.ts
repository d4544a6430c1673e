import { anchorSelectors, describeRange } from "@/lib/anchoring/anchor";
import type { Selector } from "@/lib/anchoring/selectors";
import type { PublicationSnapshot } from "./snapshot";

// Pure: what publishing the current text would change for readers, claim by claim. Readers see a claim only through
// its latest snapshot on the published version; this decides which claims get a new snapshot and what it holds.
// - an approved claim gets a snapshot of its live rows ("new", or "correction" when readers saw it before);
// - a claim readers see that is not approved keeps its approved snapshot: when the text changes it is carried onto
//   the new text where its exact words are ("moved"), or it leaves the public page ("withdrawn") and the editor is
//   told before publishing;
// - an approved claim that is not placed on the current text is "held back" until someone re-attaches it.

export type ReaderField = "words" | "verdict" | "rationale" | "evidence" | "claimant" | "date" | "context";
export type FieldChange = { field: ReaderField; before: string; after: string };

export type PlanClaim = {
  id: string;
  state: string;
  needsReanchor: boolean;
  versionId: string;
  quote: string;
  start: number;
  end: number;
  selectors: unknown;
  /** The claim as it would be published now: set for approved claims only. */
  live: PublicationSnapshot | null;
  /** Its latest publication, if any. */
  last: { snapshot: PublicationSnapshot; publishedAt: Date } | null;
};

export type PlannedChange =
  | { kind: "new"; claimId: string; quote: string; snapshot: PublicationSnapshot }
  | {
      kind: "correction";
      claimId: string;
      quote: string;
      snapshot: PublicationSnapshot;
      /** what readers see now: the publish dialog names its verdict in the editor's language */
      previous: PublicationSnapshot;
      changes: FieldChange[];
      noteRequired: boolean;
    }
  /** the approved content on new words' place: `approved` when the claim itself was approved again, else carried */
  | { kind: "moved"; claimId: string; quote: string; snapshot: PublicationSnapshot; approved: boolean }
  /** approved again with nothing readers see changed: no new snapshot */
  | { kind: "confirmed"; claimId: string; quote: string }
  | { kind: "withdrawn"; claimId: string; quote: string; reason: string }
  | { kind: "held"; claimId: string; quote: string; reason: string };

export type PublicationPlan = {
  /** The text readers would read differs from the text they read now. */
  textChanged: boolean;
  changes: PlannedChange[];
  /** Claims readers see that were changed since and wait for approval: readers keep the published snapshot. */
  awaitingApproval: { claimId: string; quote: string; state: string }[];
};

const citationLine = (c: PublicationSnapshot["citations"][number]) =>
  [
    c.kind.toLowerCase().replace(/_/g, " "),
    c.expert?.name,
    c.sourceTitle,
    c.publisher,
    c.url,
    c.quote && `“${c.quote}”`,
    c.saidWhere,
    c.saidAt,
    c.accessedAt && `accessed ${c.accessedAt}`,
  ]
    .filter(Boolean)
    .join(" · ");

/** The reader-visible fields of two snapshots that differ, as text for a side-by-side view. */
export function compareSnapshots(before: PublicationSnapshot, after: PublicationSnapshot): FieldChange[] {
  const fields: [ReaderField, (s: PublicationSnapshot) => string][] = [
    ["words", (s) => s.quote],
    ["verdict", (s) => s.verdict.label],
    ["rationale", (s) => s.verdict.rationale],
    ["evidence", (s) => s.citations.map(citationLine).join("\n")],
    ["claimant", (s) => s.claimant ?? ""],
    ["date", (s) => s.claimDate ?? ""],
    ["context", (s) => s.claimContext ?? ""],
  ];
  return fields.flatMap(([field, read]) =>
    read(before) === read(after) ? [] : [{ field, before: read(before), after: read(after) }],
  );
}

// IFCN's corrections principle: a changed verdict, or a verdict now on other words, is a correction readers are told about.
export const needsCorrectionNote = (changes: FieldChange[]) =>
  changes.some((c) => c.field === "verdict" || c.field === "words");

/** The approved snapshot placed on `text` (version `versionId`) at [start, end), with that place's context. */
function placeSnapshot(
  snapshot: PublicationSnapshot,
  versionId: string,
  text: string,
  start: number,
  end: number,
): PublicationSnapshot {
  const quote = describeRange(text, start, end).find((s) => s.type === "TextQuoteSelector");
  return { ...snapshot, versionId, start, end, prefix: quote?.prefix ?? "", suffix: quote?.suffix ?? "" };
}

function carryOnto(
  claim: PlanClaim,
  visible: PublicationSnapshot,
  current: { id: string; text: string },
): PublicationSnapshot | null {
  // the card keeps saying when its content was checked, not when the text around it was republished
  const snapshot = { ...visible, approvedAt: visible.approvedAt ?? claim.last!.publishedAt.toISOString() };
  // a person placed the live claim on the same words: follow them (they may have settled an ambiguity)
  if (
    !claim.needsReanchor &&
    claim.versionId === current.id &&
    claim.quote === snapshot.quote &&
    current.text.slice(claim.start, claim.end) === snapshot.quote
  ) {
    return placeSnapshot(snapshot, current.id, current.text, claim.start, claim.end);
  }
  const selectors: Selector[] = [
    { type: "TextQuoteSelector", exact: snapshot.quote, prefix: snapshot.prefix, suffix: snapshot.suffix },
    { type: "TextPositionSelector", start: snapshot.start, end: snapshot.end },
  ];
  const found = anchorSelectors(current.text, selectors);
  // only the very words readers saw the verdict on: a fuzzy match would put it on words nobody approved
  if (found.status === "anchored" && current.text.slice(found.start, found.end) === snapshot.quote) {
    return placeSnapshot(snapshot, current.id, current.text, found.start, found.end);
  }
  // the anchoring engine weighs context, which a text edit may have changed; words found exactly once are theirs
  const first = current.text.indexOf(snapshot.quote);
  if (first < 0 || current.text.indexOf(snapshot.quote, first + 1) >= 0) return null;
  return placeSnapshot(snapshot, current.id, current.text, first, first + snapshot.quote.length);
}

export function planPublication(input: {
  current: { id: string; text: string };
  publishedVersionId: string | null;
  claims: PlanClaim[];
}): PublicationPlan {
  const { current, publishedVersionId } = input;
  const changes: PlannedChange[] = [];
  const awaitingApproval: PublicationPlan["awaitingApproval"] = [];
  for (const claim of input.claims) {
    const visible = claim.last && claim.last.snapshot.versionId === publishedVersionId ? claim.last.snapshot : null;
    if (claim.live) {
      if (claim.needsReanchor || claim.versionId !== current.id) {
        changes.push({
          kind: "held",
          claimId: claim.id,
          quote: claim.quote,
          reason: "It is not placed on the current text: re-attach it, then it can be published.",
        });
      } else if (!claim.last) {
        changes.push({ kind: "new", claimId: claim.id, quote: claim.quote, snapshot: claim.live });
        continue;
      } else {
        const fieldChanges = compareSnapshots(claim.last.snapshot, claim.live);
        const sameContent = fieldChanges.length === 0 && !!visible;
        const samePlace =
          claim.last.snapshot.versionId === current.id &&
          claim.last.snapshot.start === claim.live.start &&
          claim.last.snapshot.end === claim.live.end;
        changes.push(
          !sameContent
            ? {
                kind: "correction",
                claimId: claim.id,
                quote: claim.quote,
                snapshot: claim.live,
                previous: claim.last.snapshot,
                changes: fieldChanges,
                noteRequired: needsCorrectionNote(fieldChanges) || !visible,
              }
            : samePlace
              ? { kind: "confirmed", claimId: claim.id, quote: claim.quote }
              : { kind: "moved", claimId: claim.id, quote: claim.quote, snapshot: claim.live, approved: true },
        );
        continue;
      }
    }
    if (!visible) continue; // never published, or already off the public page
    if (claim.state !== "PUBLISHED" && claim.state !== "CORRECTED" && !claim.live)
      awaitingApproval.push({ claimId: claim.id, quote: visible.quote, state: claim.state });
    if (visible.versionId === current.id) continue; // readers keep exactly what they see
    const carried = carryOnto(claim, visible, current);
    changes.push(
      carried
        ? { kind: "moved", claimId: claim.id, quote: visible.quote, snapshot: carried, approved: false }
        : {
            kind: "withdrawn",
            claimId: claim.id,
            quote: visible.quote,
            reason: "Its words are no longer in the text, so readers would no longer see this fact-check.",
          },
    );
  }
  return { textChanged: publishedVersionId !== current.id, changes, awaitingApproval };
}
