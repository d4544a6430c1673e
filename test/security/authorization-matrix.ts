// Who may call what: every server action and route handler, called by five kinds of caller against OUR
// organization's rows (the seeded demo organization). lib/security/authorization.int.test.ts discovers every
// action and handler from the code and fails when one is missing here, or when this table names one that is gone.
//
// Callers: anonymous (no session, no token) · otherOrg (an admin of another organization, with that organization's
// API token) · reviewer / editor / admin (members of our organization; for API-token routes they send our token).
//
// Outcomes. Server actions: "OK", or the error code they answer with. Route handlers: the HTTP status.
// "OWN" / "200 OWN": the call succeeds, but only on the caller's own rows (their own organization, their own
// notifications): nothing of ours changes and nothing of ours is returned.
//
// Kinds: "write" (an allowed call by one of our members must change our data), "read" (must change nothing),
// "public" (published data anyone may read, or the sign-in endpoints: the same answer for every caller).
// Every refused call must leave our data exactly as it was; every non-public call by otherOrg must return none of
// our ids. The rules behind the table (issue 5) are spelled out in lib/security/authorization-rules.int.test.ts.

export const CALLERS = ["anonymous", "otherOrg", "reviewer", "editor", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

export type ActionOutcome = "OK" | "OWN" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT";
export type RouteOutcome = 200 | 201 | 204 | 302 | 401 | 403 | 404 | "200 OWN";
export type Outcome = ActionOutcome | RouteOutcome;
export type Kind = "read" | "write" | "public";
export type MatrixRow = { kind: Kind } & Record<Caller, Outcome>;

const row =
  (kind: Kind) =>
  (anonymous: Outcome, otherOrg: Outcome, reviewer: Outcome, editor: Outcome, admin: Outcome): MatrixRow => ({
    kind,
    anonymous,
    otherOrg,
    reviewer,
    editor,
    admin,
  });
const read = row("read"),
  write = row("write"),
  publicly = row("public");
const UNAUTH = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  CONFLICT = "CONFLICT";

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  //                                                                     anonymous  other org  reviewer   editor     admin
  // articles
  "lib/articles/actions.ts#createArticleAction": write(UNAUTH, "OWN", "OK", "OK", "OK"),
  "lib/articles/actions.ts#updateArticleMetaAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/articles/actions.ts#previewPasteAction": read(UNAUTH, "OK", "OK", "OK", "OK"),
  "lib/articles/actions.ts#editArticleTextAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  // claims
  "lib/claims/actions.ts#createClaimAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/claims/actions.ts#saveClaimAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/claims/actions.ts#deleteClaimAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/claims/actions.ts#restoreClaimAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/claims/actions.ts#reattachClaimAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/claim-finder/actions.ts#dismissSuggestionAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/claim-finder/actions.ts#findSimilarChecksAction": read(UNAUTH, "OWN", "OK", "OK", "OK"),
  "lib/claim-finder/actions.ts#importExternalReviewsAction": write(UNAUTH, "OWN", FORBIDDEN, FORBIDDEN, "OK"),
  "lib/history/actions.ts#loadClaimHistoryAction": read(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  // workflow: reviewers submit; editors and admins approve, send back and publish
  "lib/workflow/actions.ts#submitForReviewAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/workflow/actions.ts#approveClaimAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, "OK", "OK"),
  "lib/workflow/actions.ts#requestChangesAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, "OK", "OK"),
  "lib/workflow/actions.ts#publishArticleAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, "OK", "OK"),
  "lib/workflow/actions.ts#loadPublicationPreviewAction": read(UNAUTH, NOT_FOUND, FORBIDDEN, "OK", "OK"),
  "lib/workflow/actions.ts#loadAssigneeOptionsAction": read(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/workflow/actions.ts#assignClaimAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  // bulk actions (issue 17): the same rules per claim; another organization's article is not found as a whole
  "lib/workflow/actions.ts#bulkSubmitForReviewAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/workflow/actions.ts#bulkApproveClaimsAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, "OK", "OK"),
  "lib/workflow/actions.ts#bulkRequestChangesAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, "OK", "OK"),
  "lib/workflow/actions.ts#bulkAssignClaimsAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  // discussion: anyone may resolve a thread, only its author may delete a comment (the target is the reviewer's)
  "lib/discussion/actions.ts#loadDiscussionAction": read(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/discussion/actions.ts#createCommentAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/discussion/actions.ts#setThreadResolvedAction": write(UNAUTH, NOT_FOUND, "OK", "OK", "OK"),
  "lib/discussion/actions.ts#deleteCommentAction": write(UNAUTH, NOT_FOUND, "OK", FORBIDDEN, FORBIDDEN),
  // notifications are personal (the target of markNotificationRead is the reviewer's)
  "lib/notifications/actions.ts#countUnreadNotificationsAction": read(UNAUTH, "OWN", "OK", "OK", "OK"),
  "lib/notifications/actions.ts#loadNotificationsAction": read(UNAUTH, "OWN", "OK", "OK", "OK"),
  "lib/notifications/actions.ts#markNotificationReadAction": write(UNAUTH, "OWN", "OK", "OWN", "OWN"),
  "lib/notifications/actions.ts#markAllNotificationsReadAction": write(UNAUTH, "OWN", "OK", "OK", "OK"),
  "lib/notifications/actions.ts#setNotificationPreferencesAction": write(UNAUTH, "OWN", "OK", "OK", "OK"),
  // the daily e-mail digest is each member's own setting (their membership row)
  "lib/digest/actions.ts#setEmailDigestAction": write(UNAUTH, "OWN", "OK", "OK", "OK"),
  // the interface language is each member's own (their user row)
  "lib/members/actions.ts#setInterfaceLanguageAction": write(UNAUTH, "OWN", "OK", "OK", "OK"),
  // the language menu of the sign-in pages: sets only the caller's own cookie, the same for everyone
  "lib/members/actions.ts#setVisitorLanguageAction": publicly("OK", "OK", "OK", "OK", "OK"),
  // settings: admins only
  "lib/invitations/actions.ts#inviteMemberAction": write(UNAUTH, "OWN", FORBIDDEN, FORBIDDEN, "OK"),
  "lib/invitations/actions.ts#resendInvitationAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/invitations/actions.ts#revokeInvitationAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/members/actions.ts#resetPasswordAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/members/actions.ts#changeMemberRoleAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/members/actions.ts#deactivateMemberAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/members/actions.ts#reactivateMemberAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/members/actions.ts#removeMemberAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/scales/actions.ts#saveScaleAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/scales/actions.ts#createScaleFromPresetAction": write(UNAUTH, "OWN", FORBIDDEN, FORBIDDEN, "OK"),
  "lib/scales/actions.ts#makeDefaultScaleAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/api-tokens/actions.ts#createApiTokenAction": write(UNAUTH, "OWN", FORBIDDEN, FORBIDDEN, "OK"),
  "lib/api-tokens/actions.ts#revokeApiTokenAction": write(UNAUTH, NOT_FOUND, FORBIDDEN, FORBIDDEN, "OK"),
  "lib/embed/actions.ts#saveEmbedDomainsAction": write(UNAUTH, "OWN", FORBIDDEN, FORBIDDEN, "OK"),
  "lib/embed/actions.ts#savePublicLanguageAction": write(UNAUTH, "OWN", FORBIDDEN, FORBIDDEN, "OK"),
  // signing in and out is open to everyone
  "lib/auth/actions.ts#signInAction": publicly("OK", "OK", "OK", "OK", "OK"),
  "lib/auth/actions.ts#signOutAction": publicly("OK", "OK", "OK", "OK", "OK"),
  // one-time links: the token is the permission, whoever holds it (the invitation is one of ours, so our data changes);
  // the setup link of an instance that already has organizations is refused for everyone
  "lib/invitations/actions.ts#acceptInvitationAction": write("OK", "OK", "OK", "OK", "OK"),
  "lib/setup/actions.ts#completeSetupAction": publicly(CONFLICT, CONFLICT, CONFLICT, CONFLICT, CONFLICT),
  // forgotten password: asking answers the same for everyone (asked here for an address without an account); the
  // reset link sets the password of the member it was made for, whoever holds it
  "lib/password-resets/actions.ts#requestPasswordResetAction": publicly("OK", "OK", "OK", "OK", "OK"),
  "lib/password-resets/actions.ts#resetPasswordWithLinkAction": write("OK", "OK", "OK", "OK", "OK"),

  // route handlers for members
  "GET /api/articles/[id]/report": read(401, 404, 200, 200, 200),
  "GET /api/articles/[id]/events": read(401, 404, 200, 200, 200),
  "POST /api/articles/[id]/presence": write(401, 404, 204, 204, 204),
  "GET /api/exports": read(401, "200 OWN", 200, 200, 200),
  // an import always lands in the caller's own organization, as a new draft article
  "POST /api/imports": write(401, "200 OWN", 200, 200, 200),
  // the W3C annotation service: reads are public (published claims only), writes need the organization's token
  "GET /api/annotations/[articleId]": publicly(200, 200, 200, 200, 200),
  "HEAD /api/annotations/[articleId]": publicly(200, 200, 200, 200, 200),
  "OPTIONS /api/annotations/[articleId]": publicly(200, 200, 200, 200, 200),
  "POST /api/annotations/[articleId]": write(401, 403, 201, 201, 201),
  "GET /api/annotations/[articleId]/[claimId]": publicly(200, 200, 200, 200, 200),
  "HEAD /api/annotations/[articleId]/[claimId]": publicly(200, 200, 200, 200, 200),
  "OPTIONS /api/annotations/[articleId]/[claimId]": publicly(200, 200, 200, 200, 200),
  "PUT /api/annotations/[articleId]/[claimId]": write(401, 403, 200, 200, 200),
  "DELETE /api/annotations/[articleId]/[claimId]": write(401, 403, 204, 204, 204),
  // published data for readers and publishers' sites
  "GET /api/public/reviews": publicly(200, 200, 200, 200, 200),
  "OPTIONS /api/public/reviews": publicly(204, 204, 204, 204, 204),
  "GET /feeds/[org]/claimreview": publicly(200, 200, 200, 200, 200),
  "OPTIONS /feeds/[org]/claimreview": publicly(204, 204, 204, 204, 204),
  "GET /embed/badge/[articleId]": publicly(200, 200, 200, 200, 200),
  "GET /r/[org]/[article]": publicly(200, 200, 200, 200, 200),
  // load balancer probes: the process is up; the database answers with every migration applied
  "GET /api/health": publicly(200, 200, 200, 200, 200),
  "GET /api/ready": publicly(200, 200, 200, 200, 200),
  // Auth.js: the provider list, and a credentials sign-in (a redirect to the desk)
  "GET /api/auth/[...nextauth]": publicly(200, 200, 200, 200, 200),
  "POST /api/auth/[...nextauth]": publicly(302, 302, 302, 302, 302),
};
