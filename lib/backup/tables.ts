// What an organization backup holds, in the order a restore writes it (every row after the rows it points to).
// A table added to the schema must appear here or in NOT_BACKED_UP: the backup refuses to run otherwise
// (lib/backup/catalog.ts), so a new model can never be silently left out of backups.

export type BackupTable = {
  name: string;
  /** SQL condition on the table's own columns selecting the organization's rows; `$1` is the organization id. */
  scope: string;
  /** Columns pointing at rows written later (a cycle or a self-reference): written as NULL, then set at the end. */
  deferred?: readonly string[];
  /** Shared across organizations: a row that is already there (same id) is kept as it is. */
  shared?: boolean;
};

const ofOrg = `"orgId" = $1`;
const ofOrgArticles = `"articleId" IN (SELECT "id" FROM "Article" WHERE "orgId" = $1)`;
const ofOrgClaims = `"claimId" IN (SELECT "id" FROM "Claim" WHERE "orgId" = $1)`;

/** Placeholder replaced by catalog.ts: the users the organization's rows refer to (members, authors, actors...). */
export const USER_SCOPE_PLACEHOLDER = "__REFERENCED_USERS__";

export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: "Organization", scope: `"id" = $1` },
  { name: "User", scope: USER_SCOPE_PLACEHOLDER, shared: true },
  { name: "Membership", scope: ofOrg },
  { name: "RatingScale", scope: ofOrg },
  { name: "RatingOption", scope: `"scaleId" IN (SELECT "id" FROM "RatingScale" WHERE "orgId" = $1)` },
  { name: "Expert", scope: ofOrg },
  { name: "ApiToken", scope: ofOrg },
  { name: "Article", scope: ofOrg, deferred: ["currentVersionId", "publishedVersionId"] },
  { name: "ArticleVersion", scope: ofOrgArticles },
  { name: "Claim", scope: ofOrg },
  { name: "Verdict", scope: ofOrgClaims },
  { name: "Citation", scope: ofOrgClaims },
  { name: "Comment", scope: ofOrgClaims, deferred: ["parentId"] },
  { name: "Approval", scope: ofOrgClaims },
  { name: "ClaimPublication", scope: ofOrgClaims },
  { name: "AuditEvent", scope: ofOrg },
  { name: "Notification", scope: ofOrg },
  { name: "ArticlePresence", scope: ofOrgArticles },
  { name: "SuggestionDismissal", scope: ofOrg },
  { name: "ExternalReview", scope: ofOrg },
];

/** Tables that belong to no organization, with the reason they stay out. */
export const NOT_BACKED_UP: Readonly<Record<string, string>> = {
  SignInAttempt: "sign-in rate-limit log keyed by e-mail and IP address, not by organization; it expires by itself",
  TextPiece:
    "pieces of a large article text on its way into one version, deleted once joined (or when abandoned); the version holds the text",
  Session: "signed-in browsers; a restored organization's members sign in again",
  Invitation:
    "one-time links not yet accepted; an admin invites again after a restore (a restored link would work twice)",
  PasswordReset: "one-hour single-use links; ask for a new one",
  SetupToken: "first-run links of an empty instance, which has no organization to back up",
  DigestDelivery: "which days' digest e-mails went out; a restored member at most gets one digest more",
  _prisma_migrations:
    "migration bookkeeping of the database itself; the target database is migrated by `npm run db:deploy`",
};
