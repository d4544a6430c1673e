import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { SESSION_ABSOLUTE_MAX_AGE_MS, SESSION_IDLE_MAX_AGE_MS } from "./config";

// Server-side sessions. The Auth.js cookie carries the session's id; the row decides whether it is still good, so
// ending a session is deleting its row and takes effect at that browser's next request.

// How stale lastSeenAt may get before a request writes it again. The idle limit is counted from lastSeenAt, so a
// session may end up to this much earlier than exactly 12 h after its last request; in return a busy desk does not
// write a row on every request.
export const LAST_SEEN_GRANULARITY_MS = 5 * 60 * 1000;

type SessionClient = Tx | typeof db;

/** Starts a session for a user who has just proven who they are; returns its id, to put into the cookie. */
export async function startSession(userId: string, client: SessionClient = db): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const now = Date.now();
  // the user's sessions past either limit are already refused; signing in clears them away so the table stays small
  await client.session.deleteMany({ where: { userId, OR: [{ expiresAt: { lte: new Date(now) } }, { lastSeenAt: { lte: new Date(now - SESSION_IDLE_MAX_AGE_MS) } }] } });
  await client.session.create({ data: { id, userId, createdAt: new Date(now), lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_ABSOLUTE_MAX_AGE_MS) } });
  return id;
}

/** Ends one session (sign-out). Ending a session that is already gone is not an error. */
export async function endSession(sessionId: string, client: SessionClient = db): Promise<void> {
  await client.session.deleteMany({ where: { id: sessionId } });
}

/**
 * Ends every session of a user, except `exceptSessionId` when given (the session of someone changing their own
 * password stays signed in). Call it inside the transaction that changes the password, role or membership, so the
 * change and the sign-out commit together. Returns how many sessions ended.
 */
export async function endAllSessionsOfUser(client: SessionClient, userId: string, options: { exceptSessionId?: string } = {}): Promise<number> {
  const { count } = await client.session.deleteMany({
    where: { userId, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
  });
  return count;
}

/** Whether a session read back from the database is still within both limits. Pure, for getViewer() and its tests. */
export function isSessionCurrent(session: { lastSeenAt: Date; expiresAt: Date }, now: number): boolean {
  return session.expiresAt.getTime() > now && now - session.lastSeenAt.getTime() < SESSION_IDLE_MAX_AGE_MS;
}

/** Records activity on a session when its lastSeenAt is older than the granularity; otherwise writes nothing. */
export async function touchSession(session: { id: string; lastSeenAt: Date }, now: number): Promise<void> {
  if (now - session.lastSeenAt.getTime() < LAST_SEEN_GRANULARITY_MS) return;
  await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
}
