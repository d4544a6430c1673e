import type { ClaimView, CitationView } from "@/lib/claims/view";

// The editable state of a claim card. Kept on the client until an explicit save; a failed save leaves it intact.
export type CitationDraft = {
  key: string;
  id: string | null;
  kind: CitationView["kind"];
  quote: string;
  sourceTitle: string;
  publisher: string;
  url: string;
  accessedAt: string;
  saidAt: string;
  saidWhere: string;
  expertId: string;
  newExpert: { name: string; title: string; affiliation: string; profileUrl: string } | null;
};
export type ClaimDraft = {
  claimant: string;
  claimDate: string;
  claimContext: string;
  verdictOptionId: string;
  rationale: string;
  citations: CitationDraft[];
};

let counter = 0;
export const newKey = () => `new-${Date.now()}-${counter++}`;

export function toCitationDraft(c: CitationView): CitationDraft {
  return {
    key: c.id,
    id: c.id,
    kind: c.kind,
    quote: c.quote ?? "",
    sourceTitle: c.sourceTitle ?? "",
    publisher: c.publisher ?? "",
    url: c.url ?? "",
    accessedAt: c.accessedAt ?? "",
    saidAt: c.saidAt ?? "",
    saidWhere: c.saidWhere ?? "",
    expertId: c.expert?.id ?? "",
    newExpert: null,
  };
}

/** Another claim's citation as a new one of this claim (the claim finder's "Copy citations"). */
export function copyCitation(c: CitationView): CitationDraft {
  return { ...toCitationDraft(c), key: newKey(), id: null };
}

export function toDraft(c: ClaimView): ClaimDraft {
  return {
    claimant: c.claimant ?? "",
    claimDate: c.claimDate ?? "",
    claimContext: c.claimContext ?? "",
    verdictOptionId: c.verdict?.optionId ?? "",
    rationale: c.verdict?.rationale ?? "",
    citations: c.citations.map(toCitationDraft),
  };
}

export function emptyCitation(kind: CitationView["kind"]): CitationDraft {
  return {
    key: newKey(),
    id: null,
    kind,
    quote: "",
    sourceTitle: "",
    publisher: "",
    url: "",
    accessedAt: kind === "EXPERT_QUOTE" ? "" : new Date().toISOString().slice(0, 10),
    saidAt: "",
    saidWhere: "",
    expertId: "",
    newExpert: null,
  };
}

// The action payload: empty strings become nulls; the server validates everything again.
export function toSavePayload(claim: ClaimView, draft: ClaimDraft) {
  return {
    claimId: claim.id,
    lockVersion: claim.lockVersion,
    claimant: draft.claimant,
    claimDate: draft.claimDate || null,
    claimContext: draft.claimContext,
    verdictOptionId: draft.verdictOptionId || null,
    rationale: draft.rationale,
    citations: draft.citations.map((c) => ({
      id: c.id,
      kind: c.kind,
      quote: c.quote,
      sourceTitle: c.sourceTitle,
      publisher: c.publisher,
      url: c.url,
      accessedAt: c.accessedAt || null,
      saidAt: c.saidAt || null,
      saidWhere: c.saidWhere,
      expertId: c.kind === "EXPERT_QUOTE" && !c.newExpert ? c.expertId || null : null,
      newExpert: c.kind === "EXPERT_QUOTE" ? c.newExpert : null,
    })),
  };
}

export const isDirty = (claim: ClaimView, draft: ClaimDraft) =>
  JSON.stringify(toDraft(claim)) !== JSON.stringify(draft);
