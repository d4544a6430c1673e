import { z } from "zod";

// The one NOTIFY channel for article activity. The AuditEvent trigger (migration 20261125213117_live_and_search)
// sends `change`; presence.ts sends `presence`; listen-connection.ts sends `probe` to itself to prove LISTEN works.
export const LIVE_CHANNEL = "factdesk_article";

const notificationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("change"), articleId: z.string().min(1), eventId: z.string().min(1) }),
  z.object({ kind: z.literal("presence"), articleId: z.string().min(1) }),
  z.object({ kind: z.literal("probe"), probeId: z.string().min(1) }),
]);

export type LiveNotification = z.infer<typeof notificationSchema>;

// A payload that does not parse is ignored: anyone with database access can NOTIFY on this channel.
export function parseLiveNotification(payload: string | undefined): LiveNotification | null {
  if (!payload) return null;
  try {
    const parsed = notificationSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function formatLiveNotification(n: LiveNotification): string {
  return JSON.stringify(n);
}
