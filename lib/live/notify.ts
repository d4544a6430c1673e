import "server-only";
import { db } from "@/lib/db";
import { formatLiveNotification, LIVE_CHANNEL, type LiveNotification } from "./channel";

// Changes to claims, comments and workflow need no call here: the AuditEvent trigger announces them when their
// transaction commits. This is for what has no audit row (presence) and for the listener's self-test.
export async function notifyLive(notification: LiveNotification): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${formatLiveNotification(notification)})`;
}
