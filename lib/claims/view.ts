// The shapes client components receive: only the fields they render, dates as YYYY-MM-DD strings.
import type { CitationKind } from "@/lib/vocabulary/citation-kinds";
import type { ClaimState } from "@/lib/vocabulary/claim-states";

export type ExpertView = {
  id: string;
  name: string;
  title: string | null;
  affiliation: string | null;
  profileUrl: string | null;
};
export type CitationView = {
  id: string;
  kind: CitationKind;
  quote: string | null;
  sourceTitle: string | null;
  publisher: string | null;
  url: string | null;
  accessedAt: string | null;
  saidAt: string | null;
  saidWhere: string | null;
  expert: ExpertView | null;
};
export type ClaimView = {
  id: string;
  start: number;
  end: number;
  quote: string;
  state: ClaimState;
  needsReanchor: boolean;
  claimant: string | null;
  claimDate: string | null;
  claimContext: string | null;
  lockVersion: number;
  verdict: { optionId: string; rationale: string; authorId: string } | null;
  citations: CitationView[];
  assigneeName: string | null;
  updatedAt: string;
  wasPublished: boolean;
};

export const toDateString = (d: Date | null | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);

type CitationRow = {
  id: string;
  kind: CitationView["kind"];
  quote: string | null;
  sourceTitle: string | null;
  publisher: string | null;
  url: string | null;
  accessedAt: Date | null;
  saidAt: Date | null;
  saidWhere: string | null;
  expert: ExpertView | null;
};
export type ClaimRow = {
  id: string;
  start: number;
  end: number;
  quote: string;
  state: ClaimView["state"];
  needsReanchor: boolean;
  claimant: string | null;
  claimDate: Date | null;
  claimContext: string | null;
  lockVersion: number;
  updatedAt: Date;
  verdict: { optionId: string; rationale: string; authorId: string } | null;
  citations: CitationRow[];
  assignee: { name: string } | null;
  _count: { publications: number };
};

export function toCitationView(c: CitationRow): CitationView {
  return {
    id: c.id,
    kind: c.kind,
    quote: c.quote,
    sourceTitle: c.sourceTitle,
    publisher: c.publisher,
    url: c.url,
    accessedAt: toDateString(c.accessedAt),
    saidAt: toDateString(c.saidAt),
    saidWhere: c.saidWhere,
    expert: c.expert && {
      id: c.expert.id,
      name: c.expert.name,
      title: c.expert.title,
      affiliation: c.expert.affiliation,
      profileUrl: c.expert.profileUrl,
    },
  };
}

export function toClaimView(c: ClaimRow): ClaimView {
  return {
    id: c.id,
    start: c.start,
    end: c.end,
    quote: c.quote,
    state: c.state,
    needsReanchor: c.needsReanchor,
    claimant: c.claimant,
    claimDate: toDateString(c.claimDate),
    claimContext: c.claimContext,
    lockVersion: c.lockVersion,
    verdict: c.verdict && {
      optionId: c.verdict.optionId,
      rationale: c.verdict.rationale,
      authorId: c.verdict.authorId,
    },
    citations: c.citations.map(toCitationView),
    assigneeName: c.assignee?.name ?? null,
    updatedAt: c.updatedAt.toISOString(),
    wasPublished: c._count.publications > 0,
  };
}

// Prisma `select` of a citation as the views need it (toCitationView).
export const citationRowSelect = {
  id: true,
  kind: true,
  quote: true,
  sourceTitle: true,
  publisher: true,
  url: true,
  accessedAt: true,
  saidAt: true,
  saidWhere: true,
  expert: { select: { id: true, name: true, title: true, affiliation: true, profileUrl: true } },
} as const;

// Prisma `select` that yields a ClaimRow; shared by reads and by mutations that return the saved claim.
export const claimRowSelect = {
  id: true,
  start: true,
  end: true,
  quote: true,
  state: true,
  needsReanchor: true,
  claimant: true,
  claimDate: true,
  claimContext: true,
  lockVersion: true,
  updatedAt: true,
  verdict: { select: { optionId: true, rationale: true, authorId: true } },
  assignee: { select: { name: true } },
  _count: { select: { publications: true } },
  citations: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: citationRowSelect },
} as const;
