import "server-only";
import { db, type Tx } from "@/lib/db";
import { contentHash } from "@/lib/articles/content";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlannedArticle, PlannedClaim, PlannedExpert } from "./import-plan";
import { suggestClaims } from "@/lib/claim-finder/suggest";
import type { Actor } from "@/lib/auth/actor";

// Writes a checked import plan in one transaction: the new article, its first version, every claim (always a
// DRAFT: an import never publishes or approves anything) with its verdict and citations, and the audit rows.

/** Same name and affiliation → the directory's existing expert; otherwise a new entry (once per import). */
function expertResolver(tx: Tx, orgId: string) {
  const known = new Map<string, Promise<string>>();
  return (expert: PlannedExpert): Promise<string> => {
    const key = `${expert.name}\u0000${expert.affiliation ?? ""}`;
    let id = known.get(key);
    if (!id) {
      id = (async () => {
        const existing = await tx.expert.findFirst({ where: { orgId, name: expert.name, affiliation: expert.affiliation }, orderBy: { createdAt: "asc" }, select: { id: true } });
        return existing?.id ?? (await tx.expert.create({ data: { orgId, ...expert }, select: { id: true } })).id;
      })();
      known.set(key, id);
    }
    return id;
  };
}

export async function writeImportedArticle(actor: Actor, article: PlannedArticle, claims: PlannedClaim[], source: Prisma.InputJsonObject): Promise<{ articleId: string }> {
  return db.$transaction(async (tx) => {
    const { text, ...meta } = article;
    const created = await tx.article.create({ data: { ...meta, orgId: actor.orgId, createdById: actor.userId }, select: { id: true } });
    const version = await tx.articleVersion.create({
      data: { articleId: created.id, number: 1, text, contentHash: contentHash(text), suggestions: suggestClaims(text), createdById: actor.userId }, select: { id: true },
    });
    await tx.article.update({ where: { id: created.id }, data: { currentVersionId: version.id } });
    const resolveExpert = expertResolver(tx, actor.orgId);

    const audits: Prisma.AuditEventCreateManyInput[] = [];
    for (const claim of claims) {
      const citations: Prisma.CitationCreateWithoutClaimInput[] = [];
      for (const [position, { expert, ...c }] of claim.citations.entries()) {
        citations.push({ ...c, position, ...(expert ? { expert: { connect: { id: await resolveExpert(expert) } } } : {}) });
      }
      const row = await tx.claim.create({
        data: {
          orgId: actor.orgId, articleId: created.id, versionId: version.id, createdById: actor.userId,
          start: claim.start, end: claim.end, quote: claim.quote, selectors: claim.selectors, needsReanchor: claim.needsReanchor,
          state: "DRAFT", claimant: claim.claimant, claimDate: claim.claimDate, claimContext: claim.claimContext,
          ...(claim.verdict ? { verdict: { create: { optionId: claim.verdict.optionId, rationale: claim.verdict.rationale, authorId: actor.userId } } } : {}),
          citations: { create: citations },
        },
        select: { id: true },
      });
      audits.push({
        orgId: actor.orgId, actorId: actor.userId, entityType: "claim", entityId: row.id, claimId: row.id, articleId: created.id,
        action: "claim.imported", after: { quote: claim.quote, start: claim.start, end: claim.end, citations: claim.citations.length, needsReanchor: claim.needsReanchor },
      });
    }
    if (audits.length) await tx.auditEvent.createMany({ data: audits });
    await recordAudit(tx, {
      orgId: actor.orgId, actorId: actor.userId, entityType: "article", entityId: created.id, articleId: created.id,
      action: "article.imported", after: { ...source, title: meta.title, characters: text.length, claims: claims.length },
    });
    return { articleId: created.id };
  }, { timeout: 120_000, maxWait: 10_000 });
}
