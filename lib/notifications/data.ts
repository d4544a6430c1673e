import "server-only";
import { db } from "@/lib/db";
import { isNotificationKind, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/vocabulary/notification-kinds";
import { notificationMessage } from "./messages";
import { DEFAULT_LOCALE, type InterfaceLocale } from "@/lib/i18n/locales";

export type NotificationView = {
  id: string;
  kind: string;
  message: string;
  /** events in the group */
  count: number;
  href: string | null;
  /** the latest event's time */
  createdAt: string;
  read: boolean;
};

export const LATEST_NOTIFICATIONS = 20;

// Links open the annotator on the claim (it reads `?claim=`), or the article when the group spans several claims.
export function claimHref(articleId: string | null, claimId: string | null): string | null {
  if (!articleId) return null;
  return claimId ? `/articles/${articleId}?claim=${encodeURIComponent(claimId)}` : `/articles/${articleId}`;
}

export async function countUnreadNotifications(userId: string, orgId: string): Promise<number> {
  return db.notification.count({ where: { userId, orgId, readAt: null } });
}

const SELECT = {
  id: true,
  kind: true,
  message: true,
  count: true,
  subject: true,
  claimId: true,
  articleId: true,
  updatedAt: true,
  readAt: true,
  actor: { select: { name: true } },
} as const;

type Row = {
  id: string;
  kind: string;
  message: string;
  count: number;
  subject: string | null;
  claimId: string | null;
  articleId: string | null;
  updatedAt: Date;
  readAt: Date | null;
  actor: { name: string } | null;
};

// Messages are worded when read, in the reader's language, from the group's kind, count and the article's current
// title. Rows written before grouping (no subject, one event) and rows of an unknown kind keep the message they were
// written with (English).
async function toViews(orgId: string, rows: Row[], locale: InterfaceLocale): Promise<NotificationView[]> {
  const articleIds = [...new Set(rows.map((r) => r.articleId).filter((id): id is string => !!id))];
  const articles = articleIds.length
    ? await db.article.findMany({ where: { id: { in: articleIds }, orgId }, select: { id: true, title: true } })
    : [];
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    message:
      isNotificationKind(n.kind) && (n.subject !== null || n.count > 1)
        ? notificationMessage(
            {
              kind: n.kind,
              actorName: n.actor?.name ?? "",
              count: n.count,
              articleTitle: (n.articleId && titles.get(n.articleId)) || null,
              subject: n.subject,
            },
            locale,
          )
        : n.message,
    count: n.count,
    href: claimHref(n.articleId, n.claimId),
    createdAt: n.updatedAt.toISOString(),
    read: n.readAt !== null,
  }));
}

export async function findLatestNotifications(
  userId: string,
  orgId: string,
  take = LATEST_NOTIFICATIONS,
  locale: InterfaceLocale = DEFAULT_LOCALE,
): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: { userId, orgId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
    select: SELECT,
  });
  return toViews(orgId, rows, locale);
}

/** Unread groups for the e-mail digest (worded in the recipient's `locale`), leaving out kinds the member has turned off since they were written. */
export async function findUnreadNotificationsForDigest(
  member: { userId: string; orgId: string; mutedNotificationKinds: string[] },
  take: number,
  locale: InterfaceLocale = DEFAULT_LOCALE,
): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: {
      userId: member.userId,
      orgId: member.orgId,
      readAt: null,
      kind: { notIn: member.mutedNotificationKinds },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
    select: SELECT,
  });
  return toViews(member.orgId, rows, locale);
}

/** The kinds that notify the member: every kind they have not turned off. */
export async function loadNotificationPreferences(viewer: {
  userId: string;
  orgId: string;
}): Promise<Record<NotificationKind, boolean>> {
  const membership = await db.membership.findFirst({
    where: { userId: viewer.userId, orgId: viewer.orgId },
    select: { mutedNotificationKinds: true },
  });
  const muted = new Set(membership?.mutedNotificationKinds ?? []);
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, !muted.has(kind)])) as Record<
    NotificationKind,
    boolean
  >;
}
