import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/passwords";
import { generateOneTimeToken, hashOneTimeToken, isOneTimeTokenShaped } from "@/lib/auth/one-time-token";
import { endAllSessionsOfUser } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/record";
import { linkStateOf } from "@/lib/invitations/state";
import { publicLink } from "@/lib/mail/links";
import { passwordResetMessage } from "@/lib/mail/messages";
import { userMailLocale } from "@/lib/mail/recipient-locale";
import { isMailConfigured, sendMail } from "@/lib/mail/transport";
import { logSecurityEvent } from "@/lib/security/security-log";
import { RESET_LIFETIME_MS, resetLinkProblem } from "./messages";

/**
 * Makes a reset link for the account with this address, if there is one with an active membership, and e-mails it.
 * The caller answers the person the same way whatever happens here (and before it finishes), so nothing tells them
 * whether the address has an account.
 */
export async function sendPasswordResetLink(email: string): Promise<"sent" | "no_account" | "no_mail_server"> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, memberships: { where: { deactivatedAt: null }, select: { id: true }, take: 1 } },
  });
  if (!user || user.memberships.length === 0) return "no_account";
  if (!isMailConfigured()) {
    logSecurityEvent("password_reset_not_sent", { reason: "SMTP_URL is not set", userId: user.id });
    return "no_mail_server";
  }
  const token = generateOneTimeToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + RESET_LIFETIME_MS);
  await db.$transaction(async (tx) => {
    // only the newest link works
    await tx.passwordReset.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hashOneTimeToken(token), expiresAt } });
  });
  await sendMail(
    email,
    passwordResetMessage({
      name: user.name,
      link: await publicLink(`/reset-password/${token}`),
      expiresAt,
      locale: await userMailLocale(user.id),
    }),
  );
  return "sent";
}

/** Sets the new password from a reset link, uses the link up, and ends every session of the member. */
export async function resetPasswordWithLink(input: { token: string; password: string }): Promise<{ email: string }> {
  if (!isOneTimeTokenShaped(input.token)) throw new AppError("NOT_FOUND", resetLinkProblem("unknown"));
  const tokenHash = hashOneTimeToken(input.token);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordReset.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const row = await tx.passwordReset.findUnique({
      where: { tokenHash },
      select: {
        userId: true,
        expiresAt: true,
        usedAt: true,
        user: { select: { email: true, memberships: { select: { orgId: true } } } },
      },
    });
    if (claimed.count !== 1 || !row) {
      const state = linkStateOf(row, now);
      throw new AppError(
        state === "unknown" ? "NOT_FOUND" : "CONFLICT",
        resetLinkProblem(state === "valid" ? "used" : state),
      );
    }
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await tx.passwordReset.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    const ended = await endAllSessionsOfUser(tx, row.userId);
    for (const { orgId } of row.user.memberships) {
      await recordAudit(tx, {
        orgId,
        actorId: row.userId,
        entityType: "membership",
        entityId: row.userId,
        action: "member.password_reset_by_link",
        after: { email: row.user.email, sessionsEnded: ended },
      });
    }
    return { email: row.user.email };
  });
}
