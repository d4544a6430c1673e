import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/vocabulary/notification-kinds";
import { errorKey } from "@/lib/i18n/error-text";

// The member's own notification settings: the kinds left checked notify them; an unchecked box turns a kind off.
export const notificationPreferencesSchema = z.object({
  kinds: z
    .array(z.enum(NOTIFICATION_KINDS, { error: errorKey("notifications.unknownKind") }))
    .max(NOTIFICATION_KINDS.length, errorKey("notifications.unknownKind")),
});

export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;
