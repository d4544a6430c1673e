import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { findUnreadNotificationsForDigest } from "@/lib/notifications/data";
import { publicLink } from "@/lib/mail/links";
import { digestMessage, mailLocale } from "@/lib/mail/messages";
import { isMailConfigured, sendMail } from "@/lib/mail/transport";

// The daily digest: one e-mail per opted-in member and UTC day, listing their unread notifications. Safe to run from
// every app server's timer and from cron at once: a member's day is claimed by inserting its DigestDelivery row
// (primary key member+day) before sending, so exactly one runner sends it. A failed send gives the claim back, so a
// later run tries again that day.

const MAX_ITEMS = 50;
const MAX_MEMBERS_PER_RUN = 1000;

export type DigestRun = { day: string; sent: number; failed: number; skipped: "no_mail_server" | null };

export const digestDayOf = (now: Date) => now.toISOString().slice(0, 10);

export async function runDailyDigest(now = new Date()): Promise<DigestRun> {
  const day = digestDayOf(now);
  if (!isMailConfigured()) return { day, sent: 0, failed: 0, skipped: "no_mail_server" };
  const members = await db.membership.findMany({
    where: { emailDigest: true, deactivatedAt: null, digestDays: { none: { day } } },
    select: {
      id: true,
      orgId: true,
      userId: true,
      mutedNotificationKinds: true,
      user: { select: { name: true, email: true, interfaceLanguage: true } },
      org: { select: { name: true, publicLanguage: true } },
    },
    take: MAX_MEMBERS_PER_RUN,
  });
  let sent = 0,
    failed = 0;
  for (const member of members) {
    // the same groups and words as the bell, without the kinds the member has turned off since
    const locale = mailLocale(member.user.interfaceLanguage, member.org.publicLanguage);
    const unread = await findUnreadNotificationsForDigest(member, MAX_ITEMS, locale);
    if (unread.length === 0) continue;
    try {
      await db.digestDelivery.create({ data: { membershipId: member.id, day } });
    } catch (e) {
      if (isUniqueViolation(e)) continue; // another runner has this member's day
      throw e;
    }
    try {
      const items = await Promise.all(
        unread.map(async (n) => ({
          message: n.message,
          createdAt: new Date(n.createdAt),
          link: await publicLink(n.href ?? "/my-work"),
        })),
      );
      await sendMail(
        member.user.email,
        digestMessage({
          name: member.user.name,
          orgName: member.org.name,
          items,
          settingsLink: await publicLink("/settings/email"),
          locale,
        }),
      );
      sent++;
    } catch (e) {
      failed++;
      await db.digestDelivery.deleteMany({ where: { membershipId: member.id, day } });
      console.error(
        JSON.stringify({ event: "mail_failed", kind: "digest", membershipId: member.id, error: (e as Error).message }),
      );
    }
  }
  return { day, sent, failed, skipped: null };
}
