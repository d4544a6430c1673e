// Pure helpers for bulk actions in the annotator's claim list: which claims a click selects, which claims an
// operation applies to, and how the result reads. No React, no database: unit-tested beside this file.
import type { ClaimState } from "@/lib/vocabulary/claim-states";

export const BULK_CLAIM_LIMIT = 500;
export const BULK_OPERATIONS = ["submit", "approve", "request_changes", "assign"] as const;
export type BulkOperation = (typeof BULK_OPERATIONS)[number];

/** One claim's outcome, as the bulk action returns it (reason: why it was refused, in the mutation's own words). */
export type BulkOutcome = { claimId: string; ok: true } | { claimId: string; ok: false; reason: string };

/**
 * The selection after a checkbox click. A plain click sets one claim; a shift-click sets every claim from the
 * previous click (the anchor) to this one, inclusive, to the clicked box's new value, as file managers do.
 */
export function applyCheckboxClick(
  order: readonly string[],
  selected: ReadonlySet<string>,
  anchorId: string | null,
  clickedId: string,
  checked: boolean,
  shift: boolean,
): Set<string> {
  const next = new Set(selected);
  const to = order.indexOf(clickedId);
  const from = shift && anchorId ? order.indexOf(anchorId) : -1;
  const ids = from < 0 || to < 0 ? [clickedId] : order.slice(Math.min(from, to), Math.max(from, to) + 1);
  for (const id of ids) {
    if (checked) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** The states an operation can start from (lib/workflow/transitions.ts decides for each claim; this only filters). */
export function isEligible(operation: BulkOperation, state: ClaimState): boolean {
  switch (operation) {
    case "submit":
      return state === "DRAFT";
    case "approve":
      return state === "IN_REVIEW";
    case "request_changes":
      return state === "IN_REVIEW" || state === "APPROVED";
    case "assign":
      return true;
  }
}

/** How a result is put in words: English here; the annotator passes the member's language (annotator.bulk). */
export type BulkWording = {
  /** "Approved all 3 claims." (done === total) or "Approved 2 of 3 claims." */
  headline: (operation: BulkOperation, done: number, total: number) => string;
  /** "Not approved: “quote” — reason" */
  refused: (operation: BulkOperation, quote: string, reason: string) => string;
  /** stands in for the quote of a claim that is no longer in the list */
  gone: string;
};

const ENGLISH_WORDING: Record<BulkOperation, [done: (claims: string) => string, refused: string]> = {
  submit: [(claims) => `Submitted ${claims} for review.`, "Not submitted"],
  approve: [(claims) => `Approved ${claims}.`, "Not approved"],
  request_changes: [(claims) => `Sent ${claims} back for changes.`, "Not sent back"],
  assign: [(claims) => `Assigned ${claims}.`, "Not assigned"],
};
const claimsWord = (n: number) => (n === 1 ? "claim" : "claims");
export const ENGLISH_BULK_WORDING: BulkWording = {
  headline: (operation, done, total) =>
    ENGLISH_WORDING[operation][0](
      done === total ? (total === 1 ? "1 claim" : `all ${total} claims`) : `${done} of ${total} ${claimsWord(total)}`,
    ),
  refused: (operation, quote, reason) => `${ENGLISH_WORDING[operation][1]}: “${quote}” — ${reason}`,
  gone: "a claim that is no longer here",
};

const shortQuote = (quote: string) => {
  const flat = quote.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
};

/**
 * The result summary: "Approved 11 of 12 claims." and, for each refused claim, its quote and the reason
 * ("“…” — You wrote this verdict, so someone else must approve it."). The reason stays in the mutation's words.
 */
export function describeBulkResult(
  operation: BulkOperation,
  outcomes: readonly BulkOutcome[],
  quoteOf: (claimId: string) => string | undefined,
  wording: BulkWording = ENGLISH_BULK_WORDING,
): { headline: string; refused: { claimId: string; text: string }[] } {
  const done = outcomes.filter((o) => o.ok).length;
  const headline = wording.headline(operation, done, outcomes.length);
  const refused = outcomes.flatMap((o) =>
    o.ok
      ? []
      : [
          {
            claimId: o.claimId,
            text: wording.refused(operation, shortQuote(quoteOf(o.claimId) ?? wording.gone), o.reason),
          },
        ],
  );
  return { headline, refused };
}
