import type { PrismaClient } from "@/lib/generated/prisma/client";
import { describeRange } from "@/lib/anchoring/anchor";
import { normalizeText } from "@/lib/anchoring/normalize";
import { contentHash } from "@/lib/articles/content";
import { hashPassword } from "@/lib/auth/passwords";
import { FIVE_LEVEL_PRESET, SIX_LEVEL_PRESET, type ScalePreset } from "@/lib/scales/presets";
import { buildPublicationSnapshot } from "@/lib/publishing/build-snapshot";
import { toPublishedMeta } from "@/lib/publishing/article-meta";
import { readSeedArticle, SEED_CLAIMS, SZECHENYI } from "./seed-article";
import { DEMO_ACCOUNTS, DEMO_ORG, DEMO_PASSWORD } from "./demo-accounts";
import { suggestClaims } from "@/lib/claim-finder/suggest";

export const SEED_ARTICLE_META = {
  outlet: "Mothership",
  originalPublishedAt: new Date("2025-03-07T00:00:00Z"),
  // the fixture gives no address for the original, and we do not invent one
  originalUrl: null,
};

async function createScale(db: PrismaClient, orgId: string, preset: ScalePreset) {
  return db.ratingScale.create({
    data: {
      orgId,
      name: preset.name,
      description: preset.description,
      options: { create: preset.options.map((o, position) => ({ ...o, position })) },
    },
    include: { options: true },
  });
}

export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.organization.count()) === 0;
}

// Shared by `npm run db:seed`, first start, and the tests. Returns the ids tests need.
export async function seedDemoData(
  db: PrismaClient,
  options: { root?: string; slug?: string; emailDomain?: string } = {},
) {
  const slug = options.slug ?? DEMO_ORG.slug;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const org = await db.organization.create({
    data: {
      name: slug === DEMO_ORG.slug ? DEMO_ORG.name : `${DEMO_ORG.name} (${slug})`,
      slug,
      methodologyUrl: "https://example.org/methodology",
      correctionsUrl: "https://example.org/corrections",
    },
  });
  const users = Object.fromEntries(
    await Promise.all(
      DEMO_ACCOUNTS.map(async (a) => {
        const email = options.emailDomain ? a.email.replace("example.org", options.emailDomain) : a.email;
        const user = await db.user.create({
          data: { email, name: a.name, passwordHash, memberships: { create: { orgId: org.id, role: a.role } } },
        });
        return [a.role, user] as const;
      }),
    ),
  );
  const sixLevel = await createScale(db, org.id, SIX_LEVEL_PRESET);
  const fiveLevel = await createScale(db, org.id, FIVE_LEVEL_PRESET);
  await db.organization.update({ where: { id: org.id }, data: { defaultScaleId: fiveLevel.id } });

  const [title, ...body] = readSeedArticle(options.root).split("\n");
  const text = normalizeText(body.join("\n"));
  const reviewer = users.REVIEWER,
    editor = users.EDITOR;
  const article = await db.article.create({
    data: {
      orgId: org.id,
      title: title.trim(),
      ...SEED_ARTICLE_META,
      language: "en",
      createdById: reviewer.id,
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  const version = await db.articleVersion.create({
    data: {
      articleId: article.id,
      number: 1,
      text,
      contentHash: contentHash(text),
      suggestions: suggestClaims(text),
      createdById: reviewer.id,
    },
  });
  await db.article.update({
    where: { id: article.id },
    data: { currentVersionId: version.id, publishedVersionId: version.id, publishedMeta: toPublishedMeta(article) },
  });
  const expert = await db.expert.create({ data: { orgId: org.id, ...SZECHENYI } });

  const scaleValues = fiveLevel.options.map((o) => o.value);
  const claimIds: string[] = [];
  for (const seed of SEED_CLAIMS) {
    const start = text.indexOf(seed.quote);
    if (start < 0) throw new Error(`Seed claim not found in the seed article: ${seed.quote}`);
    const end = start + seed.quote.length;
    const option = fiveLevel.options.find((o) => o.label === seed.verdict)!;
    const published = seed.state === "PUBLISHED";
    const claim = await db.claim.create({
      data: {
        orgId: org.id,
        articleId: article.id,
        versionId: version.id,
        selectors: describeRange(text, start, end),
        quote: seed.quote,
        start,
        end,
        state: seed.state,
        claimant: seed.claimant,
        claimDate: new Date(seed.claimDate),
        claimContext: seed.claimContext,
        assigneeId: reviewer.id,
        createdById: reviewer.id,
        publishedAt: published ? new Date() : null,
        verdict: { create: { optionId: option.id, rationale: seed.rationale, authorId: reviewer.id } },
        citations: {
          create: seed.citations.map((c, position) => ({
            kind: c.kind,
            quote: c.quote,
            sourceTitle: c.sourceTitle,
            publisher: c.publisher,
            url: c.url,
            saidWhere: c.saidWhere,
            expertId: c.expert ? expert.id : null,
            accessedAt: new Date("2025-03-07"),
            saidAt: c.expert ? new Date("2025-03-06") : null,
            position,
          })),
        },
      },
      include: {
        citations: { include: { expert: true } },
        verdict: { include: { option: true, author: { select: { name: true } } } },
      },
    });
    claimIds.push(claim.id);
    await db.auditEvent.create({
      data: {
        orgId: org.id,
        actorId: reviewer.id,
        entityType: "claim",
        entityId: claim.id,
        claimId: claim.id,
        articleId: article.id,
        action: "claim.created",
        after: { quote: seed.quote, state: seed.state },
      },
    });
    if (!published) continue;
    await db.approval.create({ data: { claimId: claim.id, userId: editor.id, lockVersion: claim.lockVersion } });
    const snapshot = buildPublicationSnapshot({
      ...claim,
      scaleValues,
      reviewers: [reviewer.name],
      approvers: [editor.name],
      citations: claim.citations.map((c) => ({
        kind: c.kind,
        quote: c.quote,
        sourceTitle: c.sourceTitle,
        publisher: c.publisher,
        url: c.url,
        accessedAt: c.accessedAt,
        saidAt: c.saidAt,
        saidWhere: c.saidWhere,
        expert: c.expert && {
          name: c.expert.name,
          title: c.expert.title,
          affiliation: c.expert.affiliation,
          profileUrl: c.expert.profileUrl,
        },
      })),
    });
    await db.claimPublication.create({ data: { claimId: claim.id, snapshot } });
  }
  return {
    orgId: org.id,
    articleId: article.id,
    versionId: version.id,
    claimIds,
    users,
    scales: { sixLevel, fiveLevel },
    expertId: expert.id,
  };
}
