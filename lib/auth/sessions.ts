import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { SESSION_ABSOLUTE_MAX_AGE_MS, SESSION_IDLE_MAX_AGE_MS } from "./config";
import type { Role } from "./permissions";

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
  // the user's sessions past either limit are already refused; signing in clears them away so the table stays small.
  // Both at once (the new session is within both limits, so the clean-up never touches it): one round trip less.
  await Promise.all([
    clearStaleSessions(userId, now, client),
    client.session.create({
      data: {
        id,
        userId,
        createdAt: new Date(now),
        lastSeenAt: new Date(now),
        expiresAt: new Date(now + SESSION_ABSOLUTE_MAX_AGE_MS),
      },
    }),
  ]);
  return id;
}

/** Deletes the user's sessions past either limit (also run by lib/auth/warm-up.ts at start, for nobody). */
export async function clearStaleSessions(userId: string, now: number, client: SessionClient = db): Promise<void> {
  await client.session.deleteMany({
    where: {
      userId,
      OR: [{ expiresAt: { lte: new Date(now) } }, { lastSeenAt: { lte: new Date(now - SESSION_IDLE_MAX_AGE_MS) } }],
    },
  });
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
export async function endAllSessionsOfUser(
  client: SessionClient,
  userId: string,
  options: { exceptSessionId?: string } = {},
): Promise<number> {
  const { count } = await client.session.deleteMany({
    where: { userId, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
  });
  return count;
}

export type SessionViewerRow = {
  id: string;
  userId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  name: string;
  email: string;
  role: Role;
  orgId: string;
  orgName: string;
  orgSlug: string;
  /** The member's interface language, or null to follow their browser (lib/i18n/locales.ts). */
  interfaceLanguage: string | null;
};

/**
 * The session, its user and the user's first active membership, in ONE statement (primary-key probes and the
 * (userId, orgId) index): getViewer() runs it on every request. Hand-written because Prisma's relation-join read of
 * the same rows costs the server's CPU about 40% more (0.75 against 0.53 ms a read, `npm run bench:viewer`), more
 * than the membership-only read it replaced (0.69 ms). Null when the session is gone or the user has no active
 * membership.
 */
export async function findSessionViewer(sessionId: string): Promise<SessionViewerRow | null> {
  const rows = await db.$queryRaw<SessionViewerRow[]>`
    SELECT s."id", s."userId", s."lastSeenAt", s."expiresAt", u."name", u."email", u."interfaceLanguage", m."role"::text AS "role",
           o."id" AS "orgId", o."name" AS "orgName", o."slug" AS "orgSlug"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    JOIN LATERAL (
      SELECT "role", "orgId" FROM "Membership" WHERE "userId" = s."userId" AND "deactivatedAt" IS NULL ORDER BY "createdAt" LIMIT 1
    ) m ON true
    JOIN "Organization" o ON o."id" = m."orgId"
    WHERE s."id" = ${sessionId}`;
  return rows[0] ?? null;
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

/** Whether `sessionId` names an open session of `userId` with an active membership (the values come from a cookie). */
export async function isSessionOpen(sessionId: unknown, userId: unknown): Promise<boolean> {
  if (typeof sessionId !== "string" || typeof userId !== "string") return false;
  const row = await findSessionViewer(sessionId);
  return row !== null && row.userId === userId && isSessionCurrent(row, Date.now());
}
