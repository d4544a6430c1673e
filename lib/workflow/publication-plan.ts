import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { buildPublicationSnapshot } from "@/lib/publishing/build-snapshot";
import {
  compareMeta,
  readerMeta,
  toPublishedMeta,
  type PublishedMeta,
  articleDetailsSelect,
} from "@/lib/publishing/article-meta";
import {
  citationLine,
  planPublication,
  type CitationLineWords,
  type FieldChange,
  type PlanClaim,
  type PublicationPlan,
} from "@/lib/publishing/plan-publication";
import { translatorFor } from "@/lib/i18n/translator";
import { citationKindKey } from "@/lib/reader/reader-language";
import { parsePublicationSnapshot, type PublicationSnapshot } from "@/lib/publishing/snapshot";
import { DEFAULT_LOCALE, type InterfaceLocale } from "@/lib/i18n/locales";
import { optionLabelIn } from "@/lib/vocabulary/option-label";
import { describeTextChanges, type TextHunk } from "@/lib/publishing/text-changes";

const claimSelect = {
  id: true,
  articleId: true,
  versionId: true,
  state: true,
  quote: true,
  selectors: true,
  start: true,
  end: true,
  claimant: true,
  claimDate: true,
  claimContext: true,
  lockVersion: true,
  needsReanchor: true,
  createdBy: { select: { name: true } },
  assignee: { select: { name: true } },
  verdict: {
    select: {
      rationale: true,
      author: { select: { name: true } },
      option: {
        select: {
          label: true,
          description: true,
          colour: true,
          value: true,
          translations: true,
          scale: { select: { options: { select: { value: true } } } },
        },
      },
    },
  },
  citations: {
    where: { deletedAt: null },
    orderBy: { position: "asc" as const },
    select: {
      kind: true,
      quote: true,
      sourceTitle: true,
      publisher: true,
      url: true,
      accessedAt: true,
      saidAt: true,
      saidWhere: true,
      expert: { select: { name: true, title: true, affiliation: true, profileUrl: true } },
    },
  },
  approvals: {
    orderBy: { lockVersion: "desc" as const },
    select: { lockVersion: true, user: { select: { name: true } } },
  },
  publications: { orderBy: { publishedAt: "desc" as const }, take: 1, select: { snapshot: true, publishedAt: true } },
} as const;

export type ArticlePublicationPlan = PublicationPlan & {
  articleId: string;
  currentVersionId: string;
  publishedVersionId: string | null;
  text: { hunks: TextHunk[]; more: number };
  /** The article's details as they would be published, and how they differ from what readers see. */
  meta: PublishedMeta;
  metaChanges: { field: string; before: string; after: string }[];
  /** Names this exact plan: publishing refuses when the plan the editor reviewed is no longer the one it would carry out. */
  stamp: string;
};

/**
 * What publishing the article now would change for readers. Claims that readers see, or that are approved, are the
 * only ones that matter; deleted claims are included when they have publications (a published claim cannot be
 * deleted, but a row restored from an older backup might be).
 */
export async function readPublicationPlan(tx: Tx, orgId: string, articleId: string): Promise<ArticlePublicationPlan> {
  const article = await tx.article.findFirst({
    where: { id: articleId, orgId },
    select: {
      id: true,
      ...articleDetailsSelect,
      publishedMeta: true,
      currentVersion: { select: { id: true, text: true } },
      publishedVersion: { select: { id: true, text: true } },
    },
  });
  if (!article?.currentVersion) throw new AppError("NOT_FOUND", "common.articleNotFound");
  const rows = await tx.claim.findMany({
    where: { articleId, OR: [{ deletedAt: null, state: "APPROVED" }, { publications: { some: {} } }] },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    select: claimSelect,
  });
  const claims: PlanClaim[] = rows.map((c) => {
    const latestApproval = c.approvals[0]?.lockVersion;
    const live =
      c.state === "APPROVED" && c.verdict
        ? buildPublicationSnapshot({
            ...c,
            verdict: c.verdict,
            scaleValues: c.verdict.option.scale.options.map((o) => o.value),
            reviewers: [c.verdict.author.name, c.createdBy.name, c.assignee?.name].filter((n): n is string => !!n),
            // a text edit that kept the claim's words moves it (a new lockVersion) without voiding its approvals
            approvers: c.approvals.filter((a) => a.lockVersion === latestApproval).map((a) => a.user.name),
            citations: c.citations,
          })
        : null;
    const last = c.publications[0]
      ? { snapshot: parsePublicationSnapshot(c.publications[0].snapshot), publishedAt: c.publications[0].publishedAt }
      : null;
    return { ...c, live, last };
  });
  const plan = planPublication({
    current: article.currentVersion,
    publishedVersionId: article.publishedVersion?.id ?? null,
    claims,
  });
  const text = describeTextChanges(article.publishedVersion?.text ?? "", article.currentVersion.text);
  const meta = toPublishedMeta(article);
  const metaChanges = article.publishedVersion
    ? compareMeta(toPublishedMeta(readerMeta(article.publishedMeta, article)), meta)
    : [];
  const stamp = createHash("sha256")
    .update(JSON.stringify([article.currentVersion.id, article.publishedVersion?.id ?? null, plan, meta]))
    .digest("base64url")
    .slice(0, 32);
  return {
    ...plan,
    articleId,
    currentVersionId: article.currentVersion.id,
    publishedVersionId: article.publishedVersion?.id ?? null,
    text,
    meta,
    metaChanges,
    stamp,
  };
}

export type PublicationPreviewItem = {
  claimId: string;
  kind: "new" | "correction" | "moved" | "withdrawn" | "held";
  quote: string;
  verdict: string | null;
  changes: { field: string; before: string; after: string }[];
  noteRequired: boolean;
  noteOffered: boolean;
  reason: string | null;
};
export type PublicationPreview = {
  stamp: string;
  firstPublication: boolean;
  textChanged: boolean;
  text: { hunks: TextHunk[]; more: number };
  metaChanges: { field: string; before: string; after: string }[];
  items: PublicationPreviewItem[];
  awaitingApproval: { claimId: string; quote: string }[];
};

/**
 * The publish dialog's view of the plan: only what the editor reads, no snapshots. Verdicts are named in the editor's
 * interface language (`locale`), from the labels frozen in the snapshots.
 */
export async function loadPublicationPreview(
  orgId: string,
  articleId: string,
  locale: InterfaceLocale = DEFAULT_LOCALE,
): Promise<PublicationPreview> {
  const plan = await readPublicationPlan(db, orgId, articleId);
  const label = (snapshot: PublicationSnapshot) => optionLabelIn(snapshot.verdict, locale);
  const vocabulary = translatorFor(locale, "vocabulary");
  const reports = translatorFor(locale, "reports");
  const words: CitationLineWords = {
    kind: (kind) => vocabulary(`citationKind.${citationKindKey(kind)}`),
    accessed: (date) => reports("export.accessed", { date }),
  };
  const evidence = (snapshot: PublicationSnapshot) => snapshot.citations.map((c) => citationLine(c, words)).join("\n");
  // a verdict and the evidence are shown in the editor's language; the other fields are the desk's own text
  const named = (change: FieldChange, before: PublicationSnapshot, after: PublicationSnapshot): FieldChange =>
    change.field === "verdict"
      ? { ...change, before: label(before), after: label(after) }
      : change.field === "evidence"
        ? { ...change, before: evidence(before), after: evidence(after) }
        : change;
  const items = plan.changes.flatMap((c): PublicationPreviewItem[] => {
    if (c.kind === "confirmed") return [];
    const verdict = "snapshot" in c ? label(c.snapshot) : null;
    return [
      {
        claimId: c.claimId,
        kind: c.kind,
        quote: c.quote,
        verdict,
        changes: c.kind === "correction" ? c.changes.map((change) => named(change, c.previous, c.snapshot)) : [],
        noteRequired: c.kind === "correction" && c.noteRequired,
        noteOffered: c.kind === "correction",
        reason: c.kind === "held" || c.kind === "withdrawn" ? c.reason : null,
      },
    ];
  });
  return {
    stamp: plan.stamp,
    firstPublication: plan.publishedVersionId === null,
    metaChanges: plan.metaChanges,
    textChanged: plan.textChanged,
    text: plan.publishedVersionId ? plan.text : { hunks: [], more: 0 },
    items,
    awaitingApproval: plan.awaitingApproval.map(({ claimId, quote }) => ({ claimId, quote })),
  };
}
