import { AppError } from "@/lib/errors";
import type { ReportCitation, ReportClaim, ReportScale, ReviewReport } from "@/lib/export/report-model";
import { readerPath } from "@/lib/reader/to-report";
import type { ClaimState } from "@/lib/vocabulary/claim-states";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { readOptionTranslations, type OptionTranslations } from "@/lib/vocabulary/option-label";

// Pure: database rows (already scoped to one organization) → the INTERNAL review report members download.
// Unlike the public report (lib/reader/to-report.ts) it reads live claims: drafts, claims in review and flagged ones.

type Named = { name: string } | null;

export type ReportCitationRow = {
  id: string;
  kind: ReportCitation["kind"];
  quote: string | null;
  sourceTitle: string | null;
  publisher: string | null;
  url: string | null;
  accessedAt: Date | null;
  saidAt: Date | null;
  saidWhere: string | null;
  expert: {
    id: string;
    name: string;
    title: string | null;
    affiliation: string | null;
    profileUrl: string | null;
  } | null;
};

export type ReportClaimRow = {
  id: string;
  start: number;
  end: number;
  quote: string;
  selectors: unknown;
  state: ClaimState;
  needsReanchor: boolean;
  claimant: string | null;
  claimDate: Date | null;
  claimContext: string | null;
  lockVersion: number;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: Named;
  assignee: Named;
  verdict: {
    rationale: string;
    author: { name: string };
    option: { label: string; colour: string; value: number; translations?: unknown };
  } | null;
  citations: ReportCitationRow[];
  approvals: { lockVersion: number; user: { name: string } }[];
  /** Only publications that carry a correction note, oldest first. */
  publications: { correctionNote: string | null; publishedAt: Date }[];
};

export type ReportArticleRow = {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  originalPublishedAt: Date | null;
  originalUrl: string | null;
  language: string | null;
  status: "DRAFT" | "PUBLISHED";
  currentVersion: { number: number; text: string } | null;
  claims: ReportClaimRow[];
};

export type ReportContext = {
  organization: {
    name: string;
    slug: string;
    methodologyUrl: string | null;
    correctionsUrl: string | null;
    publicLanguage?: InterfaceLocale;
  };
  /** The organization's default scale; null when it has none yet. */
  scale: {
    name: string;
    options: {
      label: string;
      description: string | null;
      colour: string;
      value: number;
      translations?: OptionTranslations;
    }[];
  } | null;
  baseUrl: string;
};

/** Translations as the report carries them: only when there are some, so reports of untranslated scales stay as they were. */
function withTranslations(json: unknown): { translations?: OptionTranslations } {
  const translations = readOptionTranslations(json);
  return Object.keys(translations).length > 0 ? { translations } : {};
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const unique = (names: (string | null | undefined)[]) => [
  ...new Set(names.filter((n): n is string => !!n && n.trim() !== "")),
];

/** The context the claim was described with (prefix/suffix of its TextQuoteSelector). */
function contextOf(selectors: unknown): { prefix: string; suffix: string } {
  const quote = Array.isArray(selectors)
    ? selectors.find((s) => s && typeof s === "object" && s.type === "TextQuoteSelector")
    : undefined;
  return {
    prefix: typeof quote?.prefix === "string" ? quote.prefix : "",
    suffix: typeof quote?.suffix === "string" ? quote.suffix : "",
  };
}

function toReportCitation(c: ReportCitationRow): ReportCitation {
  return {
    id: c.id,
    kind: c.kind,
    quote: c.quote,
    sourceTitle: c.sourceTitle,
    publisher: c.publisher,
    url: c.url,
    accessedAt: day(c.accessedAt),
    saidAt: day(c.saidAt),
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

export function toReportClaim(c: ReportClaimRow): ReportClaim {
  return {
    id: c.id,
    start: c.start,
    end: c.end,
    quote: c.quote,
    ...contextOf(c.selectors),
    claimant: c.claimant,
    claimDate: day(c.claimDate),
    claimContext: c.claimContext,
    // A flagged claim still holds offsets into an older version: say so rather than its workflow state.
    state: c.needsReanchor ? "NEEDS_REANCHOR" : c.state,
    verdict: c.verdict && {
      label: c.verdict.option.label,
      value: c.verdict.option.value,
      colour: c.verdict.option.colour,
      rationale: c.verdict.rationale,
      author: c.verdict.author.name,
      ...withTranslations(c.verdict.option.translations),
    },
    citations: c.citations.map(toReportCitation),
    reviewers: unique([c.verdict?.author.name, c.createdBy?.name, c.assignee?.name]),
    // An approval counts only for the lockVersion it was given on (see Approval in schema.prisma).
    approvers: unique(c.approvals.filter((a) => a.lockVersion === c.lockVersion).map((a) => a.user.name)),
    corrections: c.publications.flatMap((p) =>
      p.correctionNote?.trim() ? [{ note: p.correctionNote.trim(), at: p.publishedAt.toISOString() }] : [],
    ),
    publishedAt: c.publishedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** The default scale, plus any label a verdict uses that is not on it (a verdict given on another scale). */
function toReportScale(context: ReportContext, claims: ReportClaim[]): ReportScale {
  const options = new Map(
    (context.scale?.options ?? []).map((o) => [
      o.label,
      {
        label: o.label,
        description: o.description ?? "",
        colour: o.colour,
        value: o.value,
        ...withTranslations(o.translations),
      },
    ]),
  );
  for (const { verdict } of claims) {
    if (verdict && !options.has(verdict.label))
      options.set(verdict.label, {
        label: verdict.label,
        description: "",
        colour: verdict.colour,
        value: verdict.value,
        ...(verdict.translations ? { translations: verdict.translations } : {}),
      });
  }
  if (options.size === 0) throw new AppError("CONFLICT", "reports.noScale");
  return { name: context.scale?.name ?? "Rating scale", options: [...options.values()] };
}

export function toReviewReport(context: ReportContext, article: ReportArticleRow, now = new Date()): ReviewReport {
  if (!article.currentVersion) throw new AppError("NOT_FOUND", "reports.noTextYet");
  const base = context.baseUrl.replace(/\/+$/, "");
  const claims = article.claims.map(toReportClaim);
  return {
    organization: { ...context.organization, url: base },
    scale: toReportScale(context, claims),
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      author: article.author,
      publishedAt: day(article.originalPublishedAt),
      originalUrl: article.originalUrl,
      readerUrl: `${base}${readerPath(context.organization.slug, article.id)}`,
      language: article.language,
      versionNumber: article.currentVersion.number,
      text: article.currentVersion.text,
      status: article.status,
    },
    claims,
    generatedAt: now.toISOString(),
  };
}
