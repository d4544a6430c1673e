"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/viewer";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { requestLocale } from "@/lib/members/request-locale";
import { countUnreadNotifications, findLatestNotifications, LATEST_NOTIFICATIONS, type NotificationView } from "./data";
import { markAllNotificationsRead, markNotificationRead } from "./mutations";
import { text } from "@/lib/validation/text";
import { setNotificationPreferences } from "./preferences";
import { notificationPreferencesSchema } from "./schema";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/vocabulary/notification-kinds";
import { errorKey } from "@/lib/i18n/error-text";

const notificationRef = z.object({ notificationId: text().min(1, errorKey("notifications.noneChosen")).max(64) });

// Polled by the bell every 15 seconds: one indexed count, nothing else.
export async function countUnreadNotificationsAction(): Promise<ActionResult<number>> {
  return runAction(async () => {
    const viewer = await requireViewer();
    return countUnreadNotifications(viewer.userId, viewer.orgId);
  });
}

export async function loadNotificationsAction(): Promise<ActionResult<{ unread: number; items: NotificationView[] }>> {
  return runAction(async () => {
    const viewer = await requireViewer();
    const [unread, items] = await Promise.all([
      countUnreadNotifications(viewer.userId, viewer.orgId),
      // worded in the viewing member's interface language (lib/members/request-locale.ts)
      findLatestNotifications(viewer.userId, viewer.orgId, LATEST_NOTIFICATIONS, await requestLocale()),
    ]);
    return { unread, items };
  });
}

export async function markNotificationReadAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requireViewer();
    await markNotificationRead(viewer, notificationRef.parse(input).notificationId);
  });
}

export async function markAllNotificationsReadAction(): Promise<ActionResult<number>> {
  return runAction(async () => {
    const viewer = await requireViewer();
    return markAllNotificationsRead(viewer);
  });
}

// Every member may choose which events notify them, and only for themselves (the viewer's membership is the row).
export async function setNotificationPreferencesAction(
  _prev: ActionResult<{ enabled: NotificationKind[] }> | null,
  formData: FormData,
): Promise<ActionResult<{ enabled: NotificationKind[] }>> {
  return runAction(async () => {
    const viewer = await requireViewer();
    const { kinds } = notificationPreferencesSchema.parse({
      kinds: [...new Set(formData.getAll("kinds"))].slice(0, NOTIFICATION_KINDS.length + 1), // bounded before parsing
    });
    const result = await setNotificationPreferences(viewer, kinds);
    revalidatePath("/settings/email");
    return result;
  });
}
