import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { createApiToken } from "@/lib/api-tokens/mutations";
import {
  createArticleAction,
  editArticleTextAction,
  previewPasteAction,
  updateArticleMetaAction,
} from "@/lib/articles/actions";
import { signInAction, signOutAction } from "@/lib/auth/actions";
import {
  dismissSuggestionAction,
  findSimilarChecksAction,
  importExternalReviewsAction,
} from "@/lib/claim-finder/actions";
import { parseStoredSuggestions } from "@/lib/claim-finder/data";
import { dismissalKey } from "@/lib/claim-finder/dismissal-key";
import { db } from "@/lib/db";
import {
  createClaimAction,
  deleteClaimAction,
  reattachClaimAction,
  restoreClaimAction,
  saveClaimAction,
} from "@/lib/claims/actions";
import {
  createCommentAction,
  deleteCommentAction,
  loadDiscussionAction,
  setThreadResolvedAction,
} from "@/lib/discussion/actions";
import { saveEmbedDomainsAction, savePublicLanguageAction } from "@/lib/embed/actions";
import type { ActionResult } from "@/lib/errors";
import { loadClaimHistoryAction } from "@/lib/history/actions";
import { generateOneTimeToken, hashOneTimeToken } from "@/lib/auth/one-time-token";
import {
  acceptInvitationAction,
  inviteMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "@/lib/invitations/actions";
import {
  changeMemberRoleAction,
  setInterfaceLanguageAction,
  setVisitorLanguageAction,
  deactivateMemberAction,
  reactivateMemberAction,
  removeMemberAction,
  resetPasswordAction,
} from "@/lib/members/actions";
import { completeSetupAction } from "@/lib/setup/actions";
import { setEmailDigestAction } from "@/lib/digest/actions";
import { requestPasswordResetAction, resetPasswordWithLinkAction } from "@/lib/password-resets/actions";
import {
  countUnreadNotificationsAction,
  loadNotificationsAction,
  markAllNotificationsReadAction,
  markNotificationReadAction,
  setNotificationPreferencesAction,
} from "@/lib/notifications/actions";
import { createScaleFromPresetAction, makeDefaultScaleAction, saveScaleAction } from "@/lib/scales/actions";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import {
  approveClaimAction,
  assignClaimAction,
  bulkApproveClaimsAction,
  bulkAssignClaimsAction,
  bulkRequestChangesAction,
  bulkSubmitForReviewAction,
  loadAssigneeOptionsAction,
  loadPublicationPreviewAction,
  publishArticleAction,
  requestChangesAction,
  submitForReviewAction,
} from "@/lib/workflow/actions";
import type { Caller } from "../security/authorization-matrix";
import { unique, type World } from "./test-world";

// How each server action is called with valid input aimed at OUR organization's rows. `arrange` runs before the
// cell (fresh rows where the call changes them) and returns the call itself, so the cell measures only the call.

const bulkOf = (claims: { id: string; articleId: string; lockVersion: number }[]) => ({
  articleId: claims[0].articleId,
  claims: claims.map((c) => ({ claimId: c.id, lockVersion: c.lockVersion })),
});

export type CallResult = { outcome: string | number; body: string };
export type Arrange = (w: World, caller: Caller) => Promise<() => Promise<CallResult>>;

async function action(pending: Promise<ActionResult<unknown>>): Promise<CallResult> {
  const result = await pending;
  return result.ok
    ? { outcome: "OK", body: JSON.stringify(result.data ?? null) }
    : { outcome: result.code, body: JSON.stringify(result) };
}

/** Sign-in and sign-out succeed with a redirect (thrown, as Next.js does) to `destination`; anything else is a refusal. */
async function redirecting(pending: Promise<unknown>, destination: string): Promise<CallResult> {
  try {
    return { outcome: "NO_REDIRECT", body: JSON.stringify(await pending) };
  } catch (e) {
    // the digest is NEXT_REDIRECT;<replace|push>;<url>;<status>;
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) throw e;
    const url = new URL(digest.split(";")[2], "http://localhost:3000");
    return {
      outcome: `${url.pathname}${url.search}` === destination ? "OK" : `REDIRECT to ${url.pathname}${url.search}`,
      body: digest,
    };
  }
}

export function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** A reviewer of ours made for one cell (deactivated when asked), so changing their access touches nobody else. */
async function freshMember(w: World, options: { deactivated?: boolean } = {}) {
  return w.db.user.create({
    data: {
      name: "Member",
      email: `${unique("access")}@example.org`,
      passwordHash: "x",
      memberships: {
        create: { orgId: w.ours.orgId, role: "REVIEWER", deactivatedAt: options.deactivated ? new Date() : null },
      },
    },
  });
}

// One unread group per (recipient, article, kind, actor): a cell reuses the group an earlier cell left unread.
async function unreadNotification(w: World, userId: string) {
  const unread = await w.db.notification.findFirst({
    where: { userId, articleId: w.ours.articleId, kind: "mention", actorId: w.ours.users.EDITOR.id, readAt: null },
  });
  if (unread) return unread;
  return w.db.notification.create({
    data: {
      orgId: w.ours.orgId,
      userId,
      actorId: w.ours.users.EDITOR.id,
      kind: "mention",
      claimId: w.inReviewClaimId,
      articleId: w.ours.articleId,
      message: "You were mentioned.",
    },
    select: { id: true },
  });
}

async function pendingInvitation(w: World, tokenHash = hashOneTimeToken(generateOneTimeToken())) {
  return w.db.invitation.create({
    data: {
      orgId: w.ours.orgId,
      email: `${unique("invited")}@example.org`,
      role: "REVIEWER",
      tokenHash,
      invitedById: w.ours.users.ADMIN.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
    select: { id: true },
  });
}

async function freshScale(w: World) {
  return w.db.ratingScale.create({
    data: {
      orgId: w.ours.orgId,
      name: unique("Scale"),
      options: {
        create: [
          { label: "Yes", colour: "#1b7a3e", value: 1, position: 0 },
          { label: "No", colour: "#b3261e", value: 0, position: 1 },
        ],
      },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
}

async function freshComment(w: World) {
  return w.db.comment.create({
    data: { claimId: w.inReviewClaimId, authorId: w.ours.users.REVIEWER.id, body: "Is the date right?" },
    select: { id: true },
  });
}

export const ANNOTATION_TEXT = "Unemployment fell by half last year, the minister said.";
export const annotationsFile = () =>
  new File(
    [
      JSON.stringify([
        {
          "@context": "http://www.w3.org/ns/anno.jsonld",
          type: "Annotation",
          bodyValue: "Check the figure.",
          target: {
            source: "https://example.org/article",
            selector: { type: "TextQuoteSelector", exact: "fell by half" },
          },
        },
      ]),
    ],
    "annotations.json",
    { type: "application/json" },
  );

export const ACTION_CALLS: Record<string, Arrange> = {
  "lib/articles/actions.ts#createArticleAction": async () => () =>
    action(
      createArticleAction(
        null,
        form({
          source: "paste",
          format: "text",
          title: unique("Pasted"),
          content: "A pasted article with a claim in it.",
        }),
      ),
    ),
  "lib/articles/actions.ts#previewPasteAction": async () => () =>
    action(
      previewPasteAction(
        null,
        form({ format: "auto", content: "A pasted article.\n\n<p>With a snippet.</p>\n\nAnd more." }),
      ),
    ),
  "lib/articles/actions.ts#updateArticleMetaAction": async (w) => {
    const { articleId } = await w.freshArticle();
    return () =>
      action(updateArticleMetaAction(null, form({ articleId, title: "A better title", outlet: "Mothership" })));
  },
  "lib/articles/actions.ts#editArticleTextAction": async (w) => {
    const { articleId, versionId, text } = await w.freshArticle();
    return () =>
      action(
        editArticleTextAction(
          null,
          form({ articleId, baseVersionId: versionId, text: `${text} A new closing sentence.` }),
        ),
      );
  },
  "lib/claims/actions.ts#createClaimAction": async (w) => () =>
    action(createClaimAction({ articleId: w.ours.articleId, versionId: w.ours.versionId, start: 0, end: 12 })),
  "lib/claims/actions.ts#saveClaimAction": async (w) => {
    const claim = await w.freshClaim();
    return () =>
      action(
        saveClaimAction({
          claimId: claim.id,
          lockVersion: claim.lockVersion,
          claimant: "The minister",
          verdictOptionId: w.optionId,
          rationale: "Checked.",
          citations: [],
        }),
      );
  },
  "lib/claims/actions.ts#deleteClaimAction": async (w) => {
    const claim = await w.freshClaim();
    return () => action(deleteClaimAction({ claimId: claim.id }));
  },
  "lib/claims/actions.ts#restoreClaimAction": async (w) => {
    const claim = await w.freshClaim({ deleted: true });
    return () => action(restoreClaimAction({ claimId: claim.id }));
  },
  "lib/claims/actions.ts#reattachClaimAction": async (w) => {
    const claim = await w.freshClaim({ needsReanchor: true });
    return () => action(reattachClaimAction({ claimId: claim.id, lockVersion: claim.lockVersion, start: 0, end: 12 }));
  },
  "lib/claim-finder/actions.ts#dismissSuggestionAction": async (w) => {
    // a suggestion of the seeded article nobody dismissed yet, so an allowed call changes something
    const version = await db.articleVersion.findUniqueOrThrow({
      where: { id: w.ours.versionId },
      select: { text: true, suggestions: true },
    });
    const dismissed = new Set(
      (await db.suggestionDismissal.findMany({ where: { articleId: w.ours.articleId } })).map((d) => d.textHash),
    );
    const s = parseStoredSuggestions(version.suggestions).find(
      (x) => !dismissed.has(dismissalKey(version.text.slice(x.start, x.end))),
    );
    if (!s) throw new Error("the seeded article has no undismissed suggestion left");
    return () =>
      action(
        dismissSuggestionAction({
          articleId: w.ours.articleId,
          versionId: w.ours.versionId,
          start: s.start,
          end: s.end,
        }),
      );
  },
  "lib/claim-finder/actions.ts#findSimilarChecksAction": async (w) => () =>
    action(findSimilarChecksAction({ claimId: w.publishedClaimId })),
  "lib/claim-finder/actions.ts#importExternalReviewsAction": async () => {
    const review = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `https://checker.example/${unique("check")}`,
      claimReviewed: "The unemployment rate fell to 3 percent in 2024.",
      reviewRating: { "@type": "Rating", alternateName: "Misleading" },
      author: { "@type": "Organization", name: "Checker Example" },
      datePublished: "2025-01-10",
    };
    const file = new File([JSON.stringify(review)], "reviews.jsonld", { type: "application/ld+json" });
    return () => action(importExternalReviewsAction(null, form({ url: "", file })));
  },
  "lib/history/actions.ts#loadClaimHistoryAction": async (w) => () => action(loadClaimHistoryAction(w.inReviewClaimId)),

  "lib/workflow/actions.ts#submitForReviewAction": async (w) => {
    const claim = await w.freshClaim({ state: "DRAFT" });
    return () => action(submitForReviewAction({ claimId: claim.id, articleId: claim.articleId }));
  },
  "lib/workflow/actions.ts#approveClaimAction": async (w) => {
    const claim = await w.freshClaim({ state: "IN_REVIEW", verdictBy: "REVIEWER" });
    return () => action(approveClaimAction({ claimId: claim.id, articleId: claim.articleId }));
  },
  "lib/workflow/actions.ts#requestChangesAction": async (w) => {
    const claim = await w.freshClaim({ state: "IN_REVIEW" });
    return () => action(requestChangesAction({ claimId: claim.id, articleId: claim.articleId }));
  },
  "lib/workflow/actions.ts#publishArticleAction": async (w) => {
    const { articleId } = await w.freshArticle({ approvedClaim: true });
    return () => action(publishArticleAction({ articleId }));
  },
  "lib/workflow/actions.ts#loadPublicationPreviewAction": async (w) => () =>
    action(loadPublicationPreviewAction({ articleId: w.ours.articleId })),
  "lib/workflow/actions.ts#loadAssigneeOptionsAction": async (w) => () =>
    action(loadAssigneeOptionsAction(w.inReviewClaimId)),
  "lib/workflow/actions.ts#assignClaimAction": async (w) => {
    const claim = await w.freshClaim();
    return () => action(assignClaimAction({ claimId: claim.id, assigneeId: w.ours.users.EDITOR.id }));
  },
  "lib/workflow/actions.ts#bulkSubmitForReviewAction": async (w) => {
    const claims = [await w.freshClaim({ state: "DRAFT" }), await w.freshClaim({ state: "DRAFT" })];
    return () => action(bulkSubmitForReviewAction(bulkOf(claims)));
  },
  "lib/workflow/actions.ts#bulkApproveClaimsAction": async (w) => {
    const claims = [
      await w.freshClaim({ state: "IN_REVIEW", verdictBy: "REVIEWER" }),
      await w.freshClaim({ state: "IN_REVIEW", verdictBy: "REVIEWER" }),
    ];
    return () => action(bulkApproveClaimsAction(bulkOf(claims)));
  },
  "lib/workflow/actions.ts#bulkRequestChangesAction": async (w) => {
    const claims = [await w.freshClaim({ state: "IN_REVIEW" }), await w.freshClaim({ state: "APPROVED" })];
    return () => action(bulkRequestChangesAction(bulkOf(claims)));
  },
  "lib/workflow/actions.ts#bulkAssignClaimsAction": async (w) => {
    const claims = [await w.freshClaim(), await w.freshClaim()];
    return () => action(bulkAssignClaimsAction({ ...bulkOf(claims), assigneeId: w.ours.users.EDITOR.id }));
  },

  "lib/discussion/actions.ts#loadDiscussionAction": async (w) => {
    await freshComment(w);
    return () => action(loadDiscussionAction(w.inReviewClaimId));
  },
  "lib/discussion/actions.ts#createCommentAction": async (w) => () =>
    action(createCommentAction({ claimId: w.inReviewClaimId, body: "Who said this first?" })),
  "lib/discussion/actions.ts#setThreadResolvedAction": async (w) => {
    const thread = await freshComment(w);
    return () => action(setThreadResolvedAction({ commentId: thread.id, resolved: true }));
  },
  "lib/discussion/actions.ts#deleteCommentAction": async (w) => {
    const comment = await freshComment(w);
    return () => action(deleteCommentAction({ commentId: comment.id }));
  },

  "lib/notifications/actions.ts#countUnreadNotificationsAction": async (w) => {
    await unreadNotification(w, w.ours.users.REVIEWER.id);
    return () => action(countUnreadNotificationsAction());
  },
  "lib/notifications/actions.ts#loadNotificationsAction": async (w) => {
    for (const user of Object.values(w.ours.users)) await unreadNotification(w, user.id);
    return () => action(loadNotificationsAction());
  },
  "lib/notifications/actions.ts#markNotificationReadAction": async (w) => {
    const notification = await unreadNotification(w, w.ours.users.REVIEWER.id);
    return () => action(markNotificationReadAction({ notificationId: notification.id }));
  },
  "lib/notifications/actions.ts#markAllNotificationsReadAction": async (w) => {
    for (const user of Object.values(w.ours.users)) await unreadNotification(w, user.id);
    return () => action(markAllNotificationsReadAction());
  },

  "lib/digest/actions.ts#setEmailDigestAction": async (w, caller) => {
    // each cell flips the caller's own setting, so it is a change whatever the previous cell left
    const userId = w.userIdOf(caller);
    const current = userId
      ? (await w.db.membership.findFirst({ where: { userId }, select: { emailDigest: true } }))?.emailDigest
      : false;
    return () => action(setEmailDigestAction(null, form({ emailDigest: current ? "off" : "on" })));
  },
  "lib/members/actions.ts#setInterfaceLanguageAction": async (w, caller) => {
    // each cell flips the caller's own language between Spanish and their browser's, so it is always a change
    const userId = w.userIdOf(caller);
    const current = userId
      ? (await w.db.user.findUnique({ where: { id: userId }, select: { interfaceLanguage: true } }))?.interfaceLanguage
      : null;
    return () => action(setInterfaceLanguageAction(null, form({ language: current === "es" ? "" : "es" })));
  },
  "lib/members/actions.ts#setVisitorLanguageAction": async () => () =>
    action(setVisitorLanguageAction(null, form({ language: "ar" }))),
  "lib/notifications/actions.ts#setNotificationPreferencesAction": async (w, caller) => {
    // each cell flips the caller's own mentions on or off, so it is a change whatever the previous cell left
    const userId = w.userIdOf(caller);
    const muted = userId
      ? ((await w.db.membership.findFirst({ where: { userId }, select: { mutedNotificationKinds: true } }))
          ?.mutedNotificationKinds ?? [])
      : [];
    const data = new FormData();
    for (const kind of muted.includes("mention") ? ["mention", "approval"] : ["approval"]) data.append("kinds", kind);
    return () => action(setNotificationPreferencesAction(null, data));
  },
  "lib/invitations/actions.ts#inviteMemberAction": async () => () =>
    action(inviteMemberAction(null, form({ email: `${unique("invitee")}@example.org`, role: "REVIEWER" }))),
  "lib/invitations/actions.ts#resendInvitationAction": async (w) => {
    const invitation = await pendingInvitation(w);
    return () => action(resendInvitationAction(null, form({ invitationId: invitation.id })));
  },
  "lib/invitations/actions.ts#revokeInvitationAction": async (w) => {
    const invitation = await pendingInvitation(w);
    return () => action(revokeInvitationAction(null, form({ invitationId: invitation.id })));
  },
  "lib/invitations/actions.ts#acceptInvitationAction": async (w) => {
    const token = generateOneTimeToken();
    await pendingInvitation(w, hashOneTimeToken(token));
    return () =>
      action(acceptInvitationAction(null, form({ token, name: "New Member", password: "a long enough passphrase" })));
  },
  "lib/password-resets/actions.ts#requestPasswordResetAction": async () => () =>
    action(requestPasswordResetAction(null, form({ email: `${unique("nobody")}@example.org` }))),
  "lib/password-resets/actions.ts#resetPasswordWithLinkAction": async (w) => {
    const member = await w.db.user.create({
      data: {
        name: "Member",
        email: `${unique("forgot")}@example.org`,
        passwordHash: "x",
        memberships: { create: { orgId: w.ours.orgId, role: "REVIEWER" } },
      },
    });
    const token = generateOneTimeToken();
    await w.db.passwordReset.create({
      data: { userId: member.id, tokenHash: hashOneTimeToken(token), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    return () => action(resetPasswordWithLinkAction(null, form({ token, password: "a new long passphrase" })));
  },
  "lib/setup/actions.ts#completeSetupAction": async (w) => {
    const token = generateOneTimeToken();
    await w.db.setupToken.create({ data: { tokenHash: hashOneTimeToken(token) } });
    return () =>
      action(
        completeSetupAction(
          null,
          form({
            token,
            orgName: "Taken over",
            slug: unique("takeover"),
            name: "Intruder",
            email: `${unique("intruder")}@example.org`,
            password: "a long enough passphrase",
          }),
        ),
      );
  },
  "lib/members/actions.ts#resetPasswordAction": async (w) => {
    const member = await w.db.user.create({
      data: {
        name: "Member",
        email: `${unique("reset")}@example.org`,
        passwordHash: "x",
        memberships: { create: { orgId: w.ours.orgId, role: "REVIEWER" } },
      },
    });
    return () => action(resetPasswordAction(null, form({ userId: member.id, password: "a new long passphrase" })));
  },
  "lib/members/actions.ts#changeMemberRoleAction": async (w) => {
    const member = await freshMember(w);
    return () => action(changeMemberRoleAction(null, form({ userId: member.id, role: "EDITOR" })));
  },
  "lib/members/actions.ts#deactivateMemberAction": async (w) => {
    const member = await freshMember(w);
    return () => action(deactivateMemberAction(null, form({ userId: member.id })));
  },
  "lib/members/actions.ts#reactivateMemberAction": async (w) => {
    const member = await freshMember(w, { deactivated: true });
    return () => action(reactivateMemberAction(null, form({ userId: member.id })));
  },
  "lib/members/actions.ts#removeMemberAction": async (w) => {
    const member = await freshMember(w);
    return () => action(removeMemberAction(null, form({ userId: member.id })));
  },
  "lib/scales/actions.ts#saveScaleAction": async (w) => {
    const scale = await freshScale(w);
    const options = scale.options.map((o) => ({
      id: o.id,
      label: o.label,
      colour: o.colour,
      value: o.value,
      description: null,
      retired: false,
    }));
    return () => action(saveScaleAction({ scaleId: scale.id, name: unique("Renamed scale"), options }));
  },
  "lib/scales/actions.ts#createScaleFromPresetAction": async () => () =>
    action(createScaleFromPresetAction({ preset: "six-level" })),
  "lib/scales/actions.ts#makeDefaultScaleAction": async (w) => {
    const scale = await freshScale(w);
    return () => action(makeDefaultScaleAction({ scaleId: scale.id }));
  },
  "lib/api-tokens/actions.ts#createApiTokenAction": async () => () =>
    action(createApiTokenAction(null, form({ name: unique("Token") }))),
  "lib/api-tokens/actions.ts#revokeApiTokenAction": async (w) => {
    const token = await createApiToken(
      { userId: w.ours.users.ADMIN.id, orgId: w.ours.orgId },
      { name: unique("Token") },
    );
    return () => action(revokeApiTokenAction(null, form({ tokenId: token.id })));
  },
  "lib/embed/actions.ts#saveEmbedDomainsAction": async () => () =>
    action(
      saveEmbedDomainsAction(
        null,
        form({
          domains: `${unique("news")
            .toLowerCase()
            .replace(/[^a-z0-9-]/g, "")}.example\n*.partner.example`,
        }),
      ),
    ),
  // English, the default: a run of the matrix leaves readers' language as the other tests expect it
  "lib/embed/actions.ts#savePublicLanguageAction": async () => () =>
    action(savePublicLanguageAction(null, form({ language: "en" }))),

  "lib/auth/actions.ts#signInAction": async () => () =>
    redirecting(
      signInAction({}, form({ email: "editor@example.org", password: DEMO_PASSWORD, callbackUrl: "/articles" })),
      "/articles",
    ),
  "lib/auth/actions.ts#signOutAction": async () => () => redirecting(signOutAction(), "/signin?signedOut=1"),
};
