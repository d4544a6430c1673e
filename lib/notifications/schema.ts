import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/vocabulary/notification-kinds";

// The member's own notification settings: the kinds left checked notify them; an unchecked box turns a kind off.
export const notificationPreferencesSchema = z.object({
  kinds: z
    .array(z.enum(NOTIFICATION_KINDS, { error: "Choose among the listed notifications." }))
    .max(NOTIFICATION_KINDS.length, "Choose among the listed notifications."),
});

export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;
