import "server-only";
import { db } from "@/lib/db";

export type NotificationView = {
  id: string;
  kind: string;
  message: string;
  href: string | null;
  createdAt: string;
  read: boolean;
};

export const LATEST_NOTIFICATIONS = 20;

// Links open the annotator on the claim; the annotator reads `?claim=`.
export function claimHref(articleId: string | null, claimId: string | null): string | null {
  if (!articleId) return null;
  return claimId ? `/articles/${articleId}?claim=${encodeURIComponent(claimId)}` : `/articles/${articleId}`;
}

export async function countUnreadNotifications(userId: string, orgId: string): Promise<number> {
  return db.notification.count({ where: { userId, orgId, readAt: null } });
}

export async function findLatestNotifications(
  userId: string,
  orgId: string,
  take = LATEST_NOTIFICATIONS,
): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: { userId, orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, message: true, claimId: true, articleId: true, createdAt: true, readAt: true },
  });
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    message: n.message,
    href: claimHref(n.articleId, n.claimId),
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  }));
}
