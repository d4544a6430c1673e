import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { contentHash } from "@/lib/articles/content";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlannedArticle, PlannedClaim, PlannedExpert } from "./import-plan";
import { prepareVersion } from "@/lib/articles/prepare-version";
import { discardStagedText, fillVersionText, initialText, stageText, type StagedText } from "@/lib/articles/large-text";
import type { Actor } from "@/lib/auth/actor";

// Writes a checked import plan: the new article, its first version, every claim (always a DRAFT: an import never
// publishes or approves anything) with its verdict and citations, and the audit rows.
//
// A 4,500-claim import is too big for one transaction: on the embedded database (one connection underneath) it
// held every reader for 28 s. So the rows go in batches of CLAIMS_PER_BATCH claims, each a few single statements
// with no transaction around them (a transaction would keep the connection through the app's own work between its
// statements), and the database serves everyone else between them. All or nothing still holds: until the last step
// the rows belong to a staging organization of their own, which has no members, so no list, search, reader page,
// feed or API (all scoped by organization) can see them. The last transaction moves them into the actor's
// organization; any failure deletes the staging organization and everything written under it.

/** About 10-40 ms per statement on the embedded database: short enough that a reader hardly waits. */
export const CLAIMS_PER_BATCH = 50;
/** Staging organizations are named so; real slugs cannot start with "_" (an abandoned one is removed later). */
export const STAGING_SLUG_PREFIX = "__import-";
/** The longest pause an import makes between batches to let others use a single shared connection. */
const MAX_GIVE_WAY_MS = 500;
/** A staging organization older than this belongs to an import that died with its process. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export type ImportProgress = { done: number; total: number };

/** Same name and affiliation → the directory's existing expert; otherwise a new entry (once per import), staged. */
function expertResolver(orgId: string, stagingOrgId: string) {
  const known = new Map<string, Promise<string>>();
  return (expert: PlannedExpert): Promise<string> => {
    const key = `${expert.name}\u0000${expert.affiliation ?? ""}`;
    let id = known.get(key);
    if (!id) {
      id = (async () => {
        const existing = await db.expert.findFirst({
          where: { orgId, name: expert.name, affiliation: expert.affiliation },
          orderBy: { createdAt: "asc" },
          select: { id: true },
        });
        return (
          existing?.id ??
          (await db.expert.create({ data: { orgId: stagingOrgId, ...expert }, select: { id: true } })).id
        );
      })();
      known.set(key, id);
    }
    return id;
  };
}

/** Claims first (their version reference does not cascade), in batches, then the organization with the rest. */
async function discardStaging(stagingOrgId: string): Promise<void> {
  for (;;) {
    const batch = await db.claim.findMany({ where: { orgId: stagingOrgId }, select: { id: true }, take: 500 });
    if (batch.length === 0) break;
    await db.claim.deleteMany({ where: { id: { in: batch.map((c) => c.id) } } });
  }
  await db.organization.deleteMany({ where: { id: stagingOrgId } });
}

/** Staging organizations left by an import whose process died (never one in progress: those are younger). */
export async function removeAbandonedImports(now = new Date()): Promise<number> {
  const abandoned = await db.organization.findMany({
    where: {
      slug: { startsWith: STAGING_SLUG_PREFIX },
      createdAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) },
    },
    select: { id: true },
  });
  for (const { id } of abandoned) await discardStaging(id);
  return abandoned.length;
}

async function writeClaimBatch(
  actor: Actor,
  stagingOrgId: string,
  ids: { articleId: string; versionId: string },
  batch: PlannedClaim[],
  resolveExpert: (e: PlannedExpert) => Promise<string>,
): Promise<void> {
  const expertIds = await Promise.all(
    batch.map((claim) => Promise.all(claim.citations.map((c) => (c.expert ? resolveExpert(c.expert) : null)))),
  );
  // no transaction: a batch half written is removed with the rest of the staging organization
  const rows = await db.claim.createManyAndReturn({
    data: batch.map((claim) => ({
      orgId: stagingOrgId,
      articleId: ids.articleId,
      versionId: ids.versionId,
      createdById: actor.userId,
      start: claim.start,
      end: claim.end,
      quote: claim.quote,
      selectors: claim.selectors,
      needsReanchor: claim.needsReanchor,
      state: "DRAFT" as const,
      claimant: claim.claimant,
      claimDate: claim.claimDate,
      claimContext: claim.claimContext,
    })),
    select: { id: true, start: true, end: true, quote: true },
  });
  // PostgreSQL returns the rows of one INSERT ... VALUES in their order; checked rather than assumed
  if (
    rows.length !== batch.length ||
    rows.some((row, i) => row.start !== batch[i].start || row.end !== batch[i].end || row.quote !== batch[i].quote)
  ) {
    throw new Error("import: inserted claims came back in a different order");
  }
  const verdicts = batch.flatMap((claim, i) =>
    claim.verdict
      ? [
          {
            claimId: rows[i].id,
            optionId: claim.verdict.optionId,
            rationale: claim.verdict.rationale,
            authorId: actor.userId,
          },
        ]
      : [],
  );
  if (verdicts.length) await db.verdict.createMany({ data: verdicts });
  const citations = batch.flatMap((claim, i) =>
    claim.citations.map(({ expert: _expert, ...c }, position) => ({
      ...c,
      position,
      claimId: rows[i].id,
      expertId: expertIds[i][position],
    })),
  );
  if (citations.length) await db.citation.createMany({ data: citations });
  await db.auditEvent.createMany({
    data: batch.map((claim, i) => ({
      orgId: stagingOrgId,
      actorId: actor.userId,
      entityType: "claim",
      entityId: rows[i].id,
      claimId: rows[i].id,
      articleId: ids.articleId,
      action: "claim.imported",
      after: {
        quote: claim.quote,
        start: claim.start,
        end: claim.end,
        citations: claim.citations.length,
        needsReanchor: claim.needsReanchor,
      },
    })),
  });
}

export async function writeImportedArticle(
  actor: Actor,
  article: PlannedArticle,
  claims: PlannedClaim[],
  source: Prisma.InputJsonObject,
  options: { signal?: AbortSignal; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<{ articleId: string }> {
  await removeAbandonedImports();
  const staging = await db.organization.create({
    data: { name: "Import in progress", slug: `${STAGING_SLUG_PREFIX}${randomUUID()}` },
    select: { id: true },
  });
  let staged: StagedText | null = null;
  try {
    const { text: planned, ...meta } = article;
    // the plan's text is already canonical (import-plan.ts refuses any other), so this only adds the suggestions
    const { text, suggestions } = await prepareVersion(planned);
    const stagedText = await stageText(text);
    staged = stagedText;
    const ids = await db.$transaction(async (tx) => {
      const created = await tx.article.create({
        data: { ...meta, orgId: staging.id, createdById: actor.userId },
        select: { id: true },
      });
      const version = await tx.articleVersion.create({
        data: {
          articleId: created.id,
          number: 1,
          text: initialText(stagedText),
          contentHash: contentHash(text),
          suggestions,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await fillVersionText(tx, version.id, "text", stagedText);
      await tx.article.update({ where: { id: created.id }, data: { currentVersionId: version.id } });
      return { articleId: created.id, versionId: version.id };
    });
    const resolveExpert = expertResolver(actor.orgId, staging.id);
    const sharesOneConnection = getEnv().DATABASE_POOL_SIZE === 1;
    for (let i = 0; i < claims.length; i += CLAIMS_PER_BATCH) {
      options.signal?.throwIfAborted();
      const started = performance.now();
      await writeClaimBatch(actor, staging.id, ids, claims.slice(i, i + CLAIMS_PER_BATCH), resolveExpert);
      options.onProgress?.({ done: Math.min(i + CLAIMS_PER_BATCH, claims.length), total: claims.length });
      // On the embedded database (one connection) the import then leaves the connection, and the request thread, to
      // others for as long as the batch took: it uses at most half the database's time, and a reader who arrives
      // mid-import mostly finds the connection free instead of queued behind the next batch.
      if (sharesOneConnection)
        await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_GIVE_WAY_MS, performance.now() - started)));
    }
    options.signal?.throwIfAborted();
    await db.$transaction(
      async (tx) => {
        const into = { orgId: actor.orgId };
        await tx.article.update({ where: { id: ids.articleId }, data: into });
        await tx.claim.updateMany({ where: { orgId: staging.id }, data: into });
        await tx.expert.updateMany({ where: { orgId: staging.id }, data: into });
        await tx.auditEvent.updateMany({ where: { orgId: staging.id }, data: into });
        await recordAudit(tx, {
          orgId: actor.orgId,
          actorId: actor.userId,
          entityType: "article",
          entityId: ids.articleId,
          articleId: ids.articleId,
          action: "article.imported",
          after: { ...source, title: meta.title, characters: text.length, claims: claims.length },
        });
        await tx.organization.delete({ where: { id: staging.id } });
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    return { articleId: ids.articleId };
  } catch (e) {
    if (staged) await discardStagedText(staged).catch(() => undefined);
    await discardStaging(staging.id).catch((cleanup: unknown) =>
      console.error("import: could not remove the staging organization", staging.id, cleanup),
    );
    if (options.signal?.aborted) throw new AppError("CONFLICT", "reports.importCancelled", { cancelled: true });
    throw e;
  }
}
