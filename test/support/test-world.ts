import { describeRange } from "@/lib/anchoring/anchor";
import { normalizeText } from "@/lib/anchoring/normalize";
import { contentHash } from "@/lib/articles/content";
import { createApiToken } from "@/lib/api-tokens/mutations";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseDatabaseUrl } from "@/lib/pg-connection";
import { seedDemoData } from "@/lib/seed/demo";
import type { Caller } from "../security/authorization-matrix";

// The world every authorization cell runs in: our organization and another one (both seeded demo organizations),
// an API token for each, the session the mocked auth() answers with, and factories for fresh rows a cell may change.

type Seed = Awaited<ReturnType<typeof seedDemoData>>;
type ClaimState = "DRAFT" | "IN_REVIEW" | "APPROVED";
type Member = "REVIEWER" | "EDITOR" | "ADMIN";

import { session } from "./session";
export { session };

export type World = Awaited<ReturnType<typeof createWorld>>;

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

// Both texts hold the words every fresh claim highlights.
const CLAIM_WORDS = "protect them";
const FRESH_TEXT = "The minister said we have to protect them, and that unemployment fell by half last year.";

export async function createWorld(db: PrismaClient) {
  const ours = await seedDemoData(db);
  const theirs = await seedDemoData(db, { slug: "other", emailDomain: "other.example" });
  const ourToken = (
    await createApiToken({ userId: ours.users.ADMIN.id, orgId: ours.orgId }, { name: "Authorization matrix" })
  ).token;
  const theirToken = (
    await createApiToken({ userId: theirs.users.ADMIN.id, orgId: theirs.orgId }, { name: "Authorization matrix" })
  ).token;
  const optionId = ours.scales.fiveLevel.options[0].id;
  const versionText = (
    await db.articleVersion.findUniqueOrThrow({ where: { id: ours.versionId }, select: { text: true } })
  ).text;

  const userIdOf = (caller: Caller): string | null =>
    caller === "anonymous"
      ? null
      : caller === "otherOrg"
        ? theirs.users.ADMIN.id
        : ours.users[caller.toUpperCase() as Member].id;

  /** Signs `caller` in the way a sign-in does (a fresh server-side session) and sets the session the mocked auth() answers with. */
  async function signIn(caller: Caller): Promise<void> {
    const userId = userIdOf(caller);
    session.userId = userId;
    session.sessionId = userId
      ? (
          await db.session.create({
            data: { id: unique("session"), userId, expiresAt: new Date(Date.now() + 3_600_000) },
          })
        ).id
      : null;
  }

  /** A claim of ours on the demo article (or `articleId`), in the given state, with a verdict by `verdictBy`. */
  async function freshClaim(
    options: {
      state?: ClaimState;
      verdictBy?: Member | null;
      deleted?: boolean;
      needsReanchor?: boolean;
      articleId?: string;
      versionId?: string;
      text?: string;
    } = {},
  ) {
    const text = options.text ?? versionText;
    const start = text.indexOf(CLAIM_WORDS),
      end = start + CLAIM_WORDS.length;
    const verdictBy = options.verdictBy === undefined ? "REVIEWER" : options.verdictBy;
    return db.claim.create({
      data: {
        orgId: ours.orgId,
        articleId: options.articleId ?? ours.articleId,
        versionId: options.versionId ?? ours.versionId,
        start,
        end,
        quote: text.slice(start, end),
        selectors: describeRange(text, start, end),
        state: options.state ?? "DRAFT",
        createdById: ours.users.REVIEWER.id,
        deletedAt: options.deleted ? new Date() : null,
        needsReanchor: options.needsReanchor ?? false,
        verdict: verdictBy
          ? {
              create: {
                optionId,
                rationale: "The figure counts only full-time jobs.",
                authorId: ours.users[verdictBy].id,
              },
            }
          : undefined,
      },
      select: { id: true, articleId: true, lockVersion: true },
    });
  }

  /** A draft article of ours with one version; `approvedClaim` adds an approved claim ready to publish. */
  async function freshArticle(options: { approvedClaim?: boolean } = {}) {
    const text = normalizeText(FRESH_TEXT);
    const article = await db.article.create({
      data: { orgId: ours.orgId, title: unique("Fresh article"), createdById: ours.users.REVIEWER.id },
    });
    const version = await db.articleVersion.create({
      data: {
        articleId: article.id,
        number: 1,
        text,
        contentHash: contentHash(text),
        createdById: ours.users.REVIEWER.id,
      },
    });
    await db.article.update({ where: { id: article.id }, data: { currentVersionId: version.id } });
    const claim = options.approvedClaim
      ? await freshClaim({ state: "APPROVED", articleId: article.id, versionId: version.id, text })
      : null;
    return { articleId: article.id, versionId: version.id, text, claimId: claim?.id ?? null };
  }

  /** Our ids, e-mails and token: none of them may appear in anything another organization's member gets back. */
  const ourIdentifiers = [
    ours.orgId,
    ours.articleId,
    ours.versionId,
    ours.expertId,
    ...ours.claimIds,
    ours.scales.fiveLevel.id,
    ours.scales.sixLevel.id,
    ...Object.values(ours.users).flatMap((u) => [u.id, u.email]),
    ourToken,
  ];

  return {
    db,
    ours,
    theirs,
    ourToken,
    theirToken,
    optionId,
    userIdOf,
    signIn,
    freshClaim,
    freshArticle,
    ourIdentifiers,
    publishedClaimId: ours.claimIds[0],
    inReviewClaimId: ours.claimIds[4],
  };
}

// Everything of our organization, table by table (one digest each, so a failure names the table that changed).
// Rows of other organizations that point at ours (a citation of our expert, a notification to our member) count too.
const OUR_ROWS: Record<string, string> = {
  Organization: `SELECT * FROM "Organization" WHERE id = $1`,
  Membership: `SELECT * FROM "Membership" WHERE "orgId" = $1`,
  User: `SELECT * FROM "User" WHERE id IN (SELECT "userId" FROM "Membership" WHERE "orgId" = $1)`,
  Article: `SELECT * FROM "Article" WHERE "orgId" = $1`,
  ArticleVersion: `SELECT * FROM "ArticleVersion" WHERE "articleId" IN (SELECT id FROM "Article" WHERE "orgId" = $1)`,
  ArticlePresence: `SELECT * FROM "ArticlePresence" WHERE "articleId" IN (SELECT id FROM "Article" WHERE "orgId" = $1)`,
  Claim: `SELECT * FROM "Claim" WHERE "orgId" = $1`,
  Verdict: `SELECT * FROM "Verdict" WHERE "claimId" IN (SELECT id FROM "Claim" WHERE "orgId" = $1)`,
  Citation: `SELECT * FROM "Citation" WHERE "claimId" IN (SELECT id FROM "Claim" WHERE "orgId" = $1) OR "expertId" IN (SELECT id FROM "Expert" WHERE "orgId" = $1)`,
  Comment: `SELECT * FROM "Comment" WHERE "claimId" IN (SELECT id FROM "Claim" WHERE "orgId" = $1)`,
  Approval: `SELECT * FROM "Approval" WHERE "claimId" IN (SELECT id FROM "Claim" WHERE "orgId" = $1)`,
  ClaimPublication: `SELECT * FROM "ClaimPublication" WHERE "claimId" IN (SELECT id FROM "Claim" WHERE "orgId" = $1)`,
  RatingScale: `SELECT * FROM "RatingScale" WHERE "orgId" = $1`,
  RatingOption: `SELECT * FROM "RatingOption" WHERE "scaleId" IN (SELECT id FROM "RatingScale" WHERE "orgId" = $1)`,
  Expert: `SELECT * FROM "Expert" WHERE "orgId" = $1`,
  AuditEvent: `SELECT * FROM "AuditEvent" WHERE "orgId" = $1`,
  Notification: `SELECT * FROM "Notification" WHERE "orgId" = $1 OR "userId" IN (SELECT "userId" FROM "Membership" WHERE "orgId" = $1)`,
  ApiToken: `SELECT * FROM "ApiToken" WHERE "orgId" = $1`,
  Invitation: `SELECT * FROM "Invitation" WHERE "orgId" = $1`,
};

// Raw SQL does not get the client's schema: the test database's schema comes from its URL's ?schema=.
const fingerprintSql = (schema: string) =>
  `SELECT json_build_object(${Object.entries(OUR_ROWS)
    .map(
      ([table, rows]) =>
        `'${table}', (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) FROM (${rows.replace(/FROM "/g, `FROM "${schema}"."`)}) r)`,
    )
    .join(", ")}) AS digest`;

/** One digest per table of everything that belongs to (or points at) our organization. */
export async function fingerprintOrganization(
  db: PrismaClient,
  databaseUrl: string,
  orgId: string,
): Promise<Record<string, string>> {
  const schema = parseDatabaseUrl(databaseUrl).schema ?? "public";
  const [{ digest }] = await db.$queryRawUnsafe<{ digest: Record<string, string> }[]>(fingerprintSql(schema), orgId);
  return digest;
}
