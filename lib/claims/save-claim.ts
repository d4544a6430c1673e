import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { claimRowSelect, toClaimView, toDateString, type ClaimView } from "./view";
import { assertLockVersion } from "./guards";
import { describeClaimChanges, type ClaimSnapshotForDiff } from "./diff";
import type { CitationInput, SaveClaimInput } from "./schema";
import { touchArticle } from "@/lib/articles/touch-article";
import { reopenAfterReaderVisibleChange, REVIEWED_STATES } from "@/lib/publishing/reopen";
import type { Actor } from "@/lib/auth/actor";
import { errorText } from "@/lib/i18n/error-text";

async function assertOptionUsable(tx: Tx, orgId: string, optionId: string, currentOptionId: string | null) {
  const option = await tx.ratingOption.findFirst({
    where: { id: optionId, scale: { orgId } },
    select: { retiredAt: true, label: true },
  });
  if (!option)
    throw new AppError("INVALID", "claims.verdictNotOnScale", {
      field: "verdictOptionId",
    });
  if (option.retiredAt && optionId !== currentOptionId)
    throw new AppError("INVALID", errorText("claims.verdictRetired", { label: option.label }), {
      field: "verdictOptionId",
    });
}

// Any citation may name an expert, and only one of the organization's own: an id from another organization's
// directory would show its entry on our claim card.
async function resolveExpertId(tx: Tx, orgId: string, c: CitationInput): Promise<string | null> {
  if (c.expertId) {
    const expert = await tx.expert.findFirst({ where: { id: c.expertId, orgId }, select: { id: true } });
    if (!expert) throw new AppError("INVALID", "claims.expertNotInDirectory");
    return expert.id;
  }
  if (c.kind !== "EXPERT_QUOTE") return null;
  const created = await tx.expert.create({ data: { orgId, ...c.newExpert! }, select: { id: true } });
  return created.id;
}

// Citations the save keeps are updated in place, new ones inserted together, the rest soft-deleted. `existingIds`
// are the claim's live citations as read at the start of this transaction.
async function syncCitations(
  tx: Tx,
  actor: Actor,
  claimId: string,
  existingIds: Set<string>,
  citations: CitationInput[],
) {
  const keep = new Set<string>();
  const created = [];
  for (const [position, c] of citations.entries()) {
    const expertId = await resolveExpertId(tx, actor.orgId, c);
    const data = {
      kind: c.kind,
      quote: c.quote,
      sourceTitle: c.sourceTitle,
      publisher: c.publisher,
      url: c.url,
      accessedAt: c.accessedAt,
      saidAt: c.saidAt,
      saidWhere: c.saidWhere,
      expertId,
      position,
    };
    if (c.id) {
      if (!existingIds.has(c.id)) throw new AppError("CONFLICT", "claims.citationRemoved");
      keep.add(c.id);
      await tx.citation.update({ where: { id: c.id }, data });
    } else {
      created.push({ ...data, claimId });
    }
  }
  if (created.length) await tx.citation.createMany({ data: created });
  const removed = [...existingIds].filter((id) => !keep.has(id));
  if (removed.length) await tx.citation.updateMany({ where: { id: { in: removed } }, data: { deletedAt: new Date() } });
}

// The claim as the card shows it, plus what the save and its audit diff need (its article, the verdict's label).
const savedClaimSelect = {
  ...claimRowSelect,
  articleId: true,
  verdict: { select: { ...claimRowSelect.verdict.select, option: { select: { label: true } } } },
} as const;

type SavedClaim = Awaited<ReturnType<typeof readSavedClaim>>;

async function readSavedClaim(tx: Tx, orgId: string, claimId: string) {
  return tx.claim.findFirst({ where: { id: claimId, orgId, deletedAt: null }, select: savedClaimSelect });
}

function snapshotForDiff(c: NonNullable<SavedClaim>): ClaimSnapshotForDiff {
  return {
    claimant: c.claimant,
    claimDate: toDateString(c.claimDate),
    claimContext: c.claimContext,
    verdict: c.verdict?.option.label ?? null,
    rationale: c.verdict?.rationale ?? "",
    citations: c.citations.map((x) => ({
      kind: x.kind,
      quote: x.quote,
      sourceTitle: x.sourceTitle,
      publisher: x.publisher,
      url: x.url,
      expert: x.expert?.name ?? null,
      accessedAt: toDateString(x.accessedAt),
      saidAt: toDateString(x.saidAt),
      saidWhere: x.saidWhere,
    })),
  };
}

// One explicit save of the whole claim card, in one transaction with its audit row.
export async function saveClaim(actor: Actor, input: SaveClaimInput): Promise<ClaimView> {
  let touched = "";
  const result = await db.$transaction(async (tx) => {
    // one read for the organization check, the lock check, the diff's "before" and the live citations
    const claim = await readSavedClaim(tx, actor.orgId, input.claimId);
    if (!claim) throw new AppError("NOT_FOUND", "claims.gone");
    await assertLockVersion(tx, claim, input.lockVersion);
    const current = claim.verdict;
    if (input.verdictOptionId)
      await assertOptionUsable(tx, actor.orgId, input.verdictOptionId, current?.optionId ?? null);

    // compare-and-set on lockVersion: of two saves from the same version exactly one wins
    const bumped = await tx.claim.updateMany({
      where: { id: claim.id, lockVersion: input.lockVersion },
      data: {
        claimant: input.claimant,
        claimDate: input.claimDate,
        claimContext: input.claimContext,
        lockVersion: { increment: 1 },
      },
    });
    if (bumped.count === 0) await assertLockVersion(tx, { id: claim.id, lockVersion: -1 }, input.lockVersion);

    if (input.verdictOptionId) {
      const verdictRewritten = current?.optionId !== input.verdictOptionId || current?.rationale !== input.rationale;
      await tx.verdict.upsert({
        where: { claimId: claim.id },
        create: {
          claimId: claim.id,
          optionId: input.verdictOptionId,
          rationale: input.rationale,
          authorId: actor.userId,
        },
        // the verdict's author is who chose its label and wrote its rationale, not whoever saved evidence beside it:
        // otherwise a colleague's edit would let the author approve their own verdict
        update: {
          optionId: input.verdictOptionId,
          rationale: input.rationale,
          ...(verdictRewritten ? { authorId: actor.userId } : {}),
        },
      });
    } else if (current) {
      await tx.verdict.delete({ where: { claimId: claim.id } });
    }
    await syncCitations(tx, actor, claim.id, new Set(claim.citations.map((c) => c.id)), input.citations);

    const before = snapshotForDiff(claim);
    let saved = (await readSavedClaim(tx, actor.orgId, claim.id))!;
    const after = snapshotForDiff(saved);
    const changed = describeClaimChanges(before, after);
    // every field of the card is on the reader card too (verdict, rationale, evidence, claimant, date, context)
    // `saved` was read after the compare-and-set took the row lock: its state is the one this save changes, even
    // if an editor approved or published while the card was open
    if (changed.length && REVIEWED_STATES.has(saved.state)) {
      await reopenAfterReaderVisibleChange(
        tx,
        actor,
        { id: claim.id, articleId: claim.articleId, state: saved.state },
        "edited after review",
      );
      saved = (await readSavedClaim(tx, actor.orgId, claim.id))!;
    }
    if (changed.length) {
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        entityType: "claim",
        entityId: claim.id,
        claimId: claim.id,
        articleId: claim.articleId,
        action: "claim.updated",
        before,
        after: { ...after, changed },
      });
    }
    touched = claim.articleId;
    return toClaimView(saved);
  });
  await touchArticle(touched); // after commit: no lock on the article row held for the whole transaction
  return result;
}
