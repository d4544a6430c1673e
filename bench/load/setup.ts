// The load test's organization: 50 reviewers and an editor, 20 articles (the seed article's text), each published
// with claims that readers see. Made through the app's own seeding, article, claim and publishing code.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { createArticle } from "@/lib/articles/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { saveClaim } from "@/lib/claims/save-claim";
import { publishArticle } from "@/lib/workflow/mutations";

export type LoadFixture = {
  slug: string;
  orgId: string;
  password: string;
  editorEmail: string;
  reviewers: { id: string; email: string; handle: string }[];
  articles: { id: string; versionId: string; textLength: number; readerPath: string }[];
  verdictOptionIds: string[];
};

export type SetupOptions = { slug: string; reviewers: number; articles: number; publishedClaimsPerArticle: number };

const pad = (n: number) => String(n).padStart(2, "0");

export async function setUpLoadOrganization(db: PrismaClient, options: SetupOptions): Promise<LoadFixture> {
  const { slug } = options;
  const emailDomain = `${slug}.example`;
  const demo = await seedDemoData(db, { slug, emailDomain });
  const editor = { userId: demo.users.EDITOR.id, orgId: demo.orgId };
  const author = { userId: demo.users.REVIEWER.id, orgId: demo.orgId };

  // one password hash for every reviewer: hashing 50 times would only slow the setup down
  const passwordHash = demo.users.REVIEWER.passwordHash;
  const reviewers = [];
  for (let i = 1; i <= options.reviewers; i++) {
    const handle = `load-reviewer-${pad(i)}`;
    const user = await db.user.create({
      data: {
        email: `${handle}@${emailDomain}`,
        name: `Load Reviewer ${pad(i)}`,
        passwordHash,
        memberships: { create: { orgId: demo.orgId, role: "REVIEWER" } },
      },
    });
    reviewers.push({ id: user.id, email: user.email, handle });
  }

  const seedText = (await db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } })).text;
  const options5 = demo.scales.fiveLevel.options;
  const articles = [];
  for (let a = 1; a <= options.articles; a++) {
    const { articleId } = await createArticle(author, {
      title: `Load article ${pad(a)}`,
      outlet: "Load",
      author: null,
      originalPublishedAt: null,
      originalUrl: null,
      text: seedText,
      html: null,
    });
    const version = (
      await db.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { currentVersion: { select: { id: true, text: true } } },
      })
    ).currentVersion!;
    const length = version.text.length;
    for (let i = 0; i < options.publishedClaimsPerArticle; i++) {
      const start = Math.floor((i * (length - 60)) / options.publishedClaimsPerArticle);
      const claim = await createClaim(author, { articleId, versionId: version.id, start, end: start + 40 });
      await saveClaim(author, {
        claimId: claim.id,
        lockVersion: claim.lockVersion,
        claimant: "The article",
        claimDate: new Date("2025-03-06"),
        claimContext: null,
        verdictOptionId: options5[i % options5.length].id,
        rationale: `Checked against the record (article ${a}, claim ${i + 1}).`,
        citations: [
          {
            kind: "DOCUMENT",
            sourceTitle: "The record",
            publisher: "Load",
            url: "https://example.org/record",
            quote: null,
            accessedAt: null,
            saidAt: null,
            saidWhere: null,
            expertId: null,
            newExpert: null,
          },
        ],
      });
    }
    // approval has its own tests; here the claims only need to be approved to be published
    await db.claim.updateMany({ where: { articleId }, data: { state: "APPROVED" } });
    await publishArticle(editor, articleId, {});
    articles.push({ id: articleId, versionId: version.id, textLength: length, readerPath: `/r/${slug}/${articleId}` });
  }
  return {
    slug,
    orgId: demo.orgId,
    password: DEMO_PASSWORD,
    editorEmail: demo.users.EDITOR.email,
    reviewers,
    articles,
    verdictOptionIds: options5.map((o) => o.id),
  };
}
